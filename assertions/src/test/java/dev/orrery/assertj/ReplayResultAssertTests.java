package dev.orrery.assertj;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.replay.Divergence;
import dev.orrery.replay.RecordedExecution;
import dev.orrery.replay.Replay;
import dev.orrery.replay.ReplayResult;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import org.junit.jupiter.api.Test;

class ReplayResultAssertTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFINITION = """
            {"StartAt": "Score", "States": {
              "Score": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload",
                        "Parameters": {"FunctionName": "score"}, "Next": "Route"},
              "Route": {"Type": "Choice", "Choices": [{"Variable": "$.score", "NumericGreaterThan": 50,
                        "Next": "Accept"}], "Default": "Reject"},
              "Accept": {"Type": "Succeed"},
              "Reject": {"Type": "Fail", "Error": "Rejected"}}}""";

    private static StateMachine machine(String definition) {
        return AslParser.parse(definition).orThrow();
    }

    private static RecordedExecution recording() throws Exception {
        TaskOutcome scored = TaskOutcome.success(JSON.readTree("{\"Payload\": {\"score\": 70}}"));
        String history = StateMachineRunner.create(machine(DEFINITION), request -> scored)
                .run(JSON.readTree("{}")).history().toAwsJson().toString();
        return RecordedExecution.parse(history, "incident.json");
    }

    @Test
    void passes_when_the_same_definition_reproduces_the_recording() throws Exception {
        ReplayResult replay = Replay.of(recording()).against(machine(DEFINITION));

        assertThat(replay).reproducesRecording();
    }

    @Test
    void fails_with_the_divergence_when_the_definition_changed() throws Exception {
        ReplayResult replay = Replay.of(recording()).against(machine(DEFINITION.replace("50", "80")));

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(replay).reproducesRecording());

        then(error).hasMessage(("Expecting the replay of incident.json to reproduce the recording but it diverged:%n"
                + "  After \"Route\" the recording went to \"Accept\" but the definition went to \"Reject\" (event 9)."
                + " The replay then went: Reject and ended FAILED (error \"Rejected\").").formatted());
    }

    @Test
    void checks_the_state_and_kind_of_the_divergence() throws Exception {
        ReplayResult replay = Replay.of(recording()).against(machine(DEFINITION.replace("50", "80")));

        assertThat(replay).divergesAt("Route").divergesWith(Divergence.Kind.NEXT_STATE);
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(replay)
                .divergesAt("Score"));
        then(error).hasMessageStartingWith("Expecting the replay of incident.json to diverge at state \"Score\" but "
                + "it diverged at state \"Route\":");
    }

    @Test
    void fails_diverges_at_when_the_recording_was_reproduced() throws Exception {
        ReplayResult replay = Replay.of(recording()).against(machine(DEFINITION));

        AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(replay)
                .divergesAt("Route"));

        then(error).hasMessage("Expecting the replay of incident.json to diverge at state \"Route\" but it "
                + "reproduced the recording");
    }

    @Test
    void collects_replay_failures_softly() throws Exception {
        ReplayResult replay = Replay.of(recording()).against(machine(DEFINITION));
        SoftOrreryAssertions softly = new SoftOrreryAssertions();

        softly.assertThat(replay).divergesAt("Route");
        softly.assertThat(replay).reproducesRecording();

        then(softly.errorsCollected()).hasSize(1);
    }
}
