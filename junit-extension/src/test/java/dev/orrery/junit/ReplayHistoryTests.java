package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.orrery.replay.RecordedExecution;
import dev.orrery.replay.ReplayResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class ReplayHistoryTests {

    static final String SCORE = "junit/replay/score.asl.json";
    static final String STRICT = "junit/replay/score-strict.asl.json";

    @Test
    void turns_each_history_of_a_folder_into_a_test_named_after_its_file() {
        Kit.run(SameDefinitionTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3))
                .assertThatEvents()
                .haveExactly(2, event(displayName("accepted.json"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("rejected.json"), finishedSuccessfully()));
    }

    @Test
    void fails_a_test_whose_history_the_changed_definition_does_not_reproduce() {
        Kit.run(ChangedDefinitionTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(2).failed(1))
                .assertThatEvents()
                .haveExactly(1, event(displayName("accepted.json"), finishedWithFailure(instanceOf(
                        AssertionError.class), message(m -> m.startsWith("The definition does not reproduce the "
                        + "recording junit/replay/histories/accepted.json:\n  After \"Route\" the recording went to "
                        + "\"Accept\" but the definition went to \"Reject\"")))));
    }

    @Test
    void reports_a_broken_history_with_its_place() {
        Kit.run(BrokenHistoryTestCase.class).testEvents()
                .assertThatEvents()
                .haveExactly(1, event(displayName("gap.json"), finishedWithFailure(message(
                        "junit/replay/broken/gap.json (/events/3): event 4 is missing before event 5; was a page of "
                                + "the history left out?"))));
    }

    @Test
    void names_a_history_file_that_does_not_exist() {
        Kit.run(MissingHistoryTestCase.class).allEvents().assertThatEvents()
                .haveExactly(1, finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message(m -> m.startsWith("History file \"junit/replay/nowhere.json\" not found"))));
    }

    @Test
    void replays_the_chosen_execution_of_cloudwatch_logs_records() {
        Kit.run(LogRecordsTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1))
                .assertThatEvents()
                .haveExactly(1, event(displayName("stream.jsonl"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("stream.jsonl"), finishedWithFailure(message(m -> m.startsWith(
                        "junit/replay/logs/stream.jsonl: the records are of 2 executions: ")
                        && m.endsWith("; choose one by its ARN (--execution ARN)")))));
    }

    static final String ACCEPTED_ARN = "arn:aws:states:eu-west-1:111122223333:express:Scoring:accepted-a-1:1f2e3d4c";

    @StateMachineTest(definition = SCORE)
    static class LogRecordsTestCase {

        @ReplayHistory(value = "junit/replay/logs/stream.jsonl", execution = ACCEPTED_ARN)
        void reproduces_the_accepted_application(ReplayResult replay, RecordedExecution recording) {
            assertThat(replay).reproducesRecording();
            assertThat(recording.executionArn()).isEqualTo(ACCEPTED_ARN);
            assertThat(replay.execution().executionArn()).endsWith(":execution:Scoring:accepted-a-1");
        }

        @ReplayHistory("junit/replay/logs/stream.jsonl")
        void needs_the_execution_named() {}
    }

    @StateMachineTest(definition = SCORE)
    static class SameDefinitionTestCase {

        @ReplayHistory("junit/replay/histories")
        void reproduces_production() {}

        @ReplayHistory("junit/replay/histories/accepted.json")
        void takes_the_names_from_the_description(ReplayResult replay, RecordedExecution recording) {
            assertThat(replay).reproducesRecording();
            assertThat(recording.executionArn()).endsWith(":execution:Scoring:accepted-a-1");
            assertThat(replay.execution().executionArn()).isEqualTo(recording.executionArn());
        }
    }

    @StateMachineTest(definition = STRICT)
    static class ChangedDefinitionTestCase {

        @ReplayHistory("junit/replay/histories")
        void reproduces_production() {}

        @ReplayHistory("junit/replay/histories/accepted.json")
        void now_rejects_what_production_accepted(ReplayResult replay) {
            assertThat(replay).divergesAt("Route");
        }
    }

    @StateMachineTest(definition = SCORE)
    static class BrokenHistoryTestCase {

        @ReplayHistory("junit/replay/broken")
        void reproduces(ReplayResult replay) {}
    }

    @StateMachineTest(definition = SCORE)
    static class MissingHistoryTestCase {

        @ReplayHistory("junit/replay/nowhere.json")
        void reproduces() {}
    }
}
