package dev.orrery.docs;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.replay.Divergence;
import dev.orrery.replay.RecordedExecution;
import dev.orrery.replay.Replay;
import dev.orrery.replay.ReplayResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayExampleTests {

    private static final Path DIR = Path.of("src/test/resources/replay");

    @Test
    void the_current_definition_reproduces_the_incident() throws Exception {
        // tag::reproduce[]
        RecordedExecution incident = RecordedExecution
                .read(Path.of("src/test/resources/replay/histories/incident-1234.json"))
                .withDescription(Path.of("src/test/resources/replay/histories/incident-1234.describe.json"));
        StateMachine deployed = AslParser.parse(Path.of("src/test/resources/replay/order-review.asl.json")).orThrow();

        ReplayResult replay = Replay.of(incident).against(deployed);

        assertThat(replay).reproducesRecording();
        assertThat(replay.execution().path()).containsExactly("Fetch order", "Is the order complete?",
                "Charge payment", "Order charged");
        // end::reproduce[]
        // the task latencies and the retry waits are replayed; the milliseconds AWS spends between states are not
        assertThat(replay.execution().virtualDuration()).isCloseTo(Duration.between(incident.startTime(),
                incident.events().get(incident.events().size() - 1).timestamp()), Duration.ofSeconds(1));
        assertThat(replay.execution().executionArn()).isEqualTo(incident.executionArn());
    }

    @Test
    void the_fixed_definition_takes_the_other_branch() throws Exception {
        RecordedExecution incident = RecordedExecution.read(DIR.resolve("histories/incident-1234.json"))
                .withDescription(DIR.resolve("histories/incident-1234.describe.json"));
        // tag::fix[]
        StateMachine fixed = AslParser.parse(Path.of("src/test/resources/replay/order-review-fixed.asl.json"))
                .orThrow();

        ReplayResult replay = Replay.of(incident).against(fixed);

        assertThat(replay).divergesAt("Is the order complete?");
        Divergence divergence = replay.divergence().orElseThrow();
        assertThat(divergence.kind()).isEqualTo(Divergence.Kind.NEXT_STATE);
        assertThat(divergence.expected()).isEqualTo("Charge payment");
        assertThat(divergence.actual()).isEqualTo("Send for review");
        // end::fix[]
        assertThat(divergence.message()).isEqualTo(MESSAGE);
    }

    @Test
    void an_express_execution_replays_from_its_cloudwatch_logs_records() throws Exception {
        StateMachine deployed = AslParser.parse(DIR.resolve("order-review.asl.json")).orThrow();
        // tag::cloudwatch[]
        RecordedExecution incident = RecordedExecution.read(
                List.of(Path.of("src/test/resources/replay/histories/incident-1234.logs.json")),
                "arn:aws:states:eu-west-1:111122223333:express:OrderReview:incident-1234:"
                        + "5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");

        ReplayResult replay = Replay.of(incident).against(deployed);

        assertThat(replay).reproducesRecording();
        assertThat(incident.complete()).isTrue();
        assertThat(incident.missingData()).isEmpty();
        // end::cloudwatch[]
        assertThat(incident.events()).hasSize(22);
    }

    static final String MESSAGE = "After \"Is the order complete?\" the recording went to \"Charge payment\" but the "
            + "definition went to \"Send for review\" (event 9). The replay then went: Send for review -> Sent for "
            + "review and ended SUCCEEDED.";
}
