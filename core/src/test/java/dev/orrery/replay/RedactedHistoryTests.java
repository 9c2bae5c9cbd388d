package dev.orrery.replay;

import static dev.orrery.replay.ReplayTests.ORDER;
import static dev.orrery.replay.ReplayTests.PRODUCTION;
import static dev.orrery.replay.ReplayTests.machine;
import static dev.orrery.replay.ReplayTests.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A history whose values were replaced by {@code "<redacted>"} before it was shared still replays. */
class RedactedHistoryTests {

    @Test
    void treats_redacted_values_as_unknown_when_comparing() {
        String history = recorded(ORDER, PRODUCTION, "{\"customer\": {\"email\": \"ann@example.com\"}, \"qty\": 1}")
                .replace("ann@example.com", RecordedExecution.REDACTED)
                .replace("gateway timed out", "gateway <redacted> out");

        ReplayResult result = Replay.of(RecordedExecution.parse(history, "h")).against(machine(ORDER));

        assertThat(result.reproduced()).as(result.toString()).isTrue();
        assertThat(result.execution().input().at("/customer/email").asText()).isEqualTo("<redacted>");
    }

    @Test
    void treats_a_whole_redacted_output_as_unknown() {
        ObjectNode history = (ObjectNode) ReplayTests.json(recorded(ORDER, PRODUCTION, "{\"qty\": 1}"));
        for (JsonNode event : history.get("events")) {
            for (String details : List.of("stateExitedEventDetails", "executionSucceededEventDetails")) {
                if (event.has(details)) {
                    ((ObjectNode) event.get(details)).put("output", RecordedExecution.REDACTED);
                }
            }
        }

        ReplayResult result = Replay.of(RecordedExecution.parse(history.toString(), "h")).against(machine(ORDER));

        assertThat(result.recording().output()).isEqualTo(TextNode.valueOf("<redacted>"));
        assertThat(result.reproduced()).as(result.toString()).isTrue();
    }

    @Test
    void reports_a_decision_taken_on_a_redacted_answer() {
        String history = recorded(ORDER, PRODUCTION, "{}").replace("\\\"available\\\":3", "\\\"available\\\":"
                + "\\\"<redacted>\\\"");

        ReplayResult result = Replay.of(RecordedExecution.parse(history, "h")).against(machine(ORDER));

        assertThat(result.divergence().orElseThrow().state()).isEqualTo("In stock?");
    }
}
