package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.ExecutionHistory;
import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feeds every recorded case its own expectations as Orrery's result: the comparison must find no difference, so
 * the comparator cannot fail a case that Orrery gets right (placeholders, redactions and projections included).
 */
class CorpusSelfComparisonTests {

    @Test
    void every_recorded_case_matches_its_own_expectations() throws IOException {
        String dir = System.getProperty("orrery.conformance.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "Conformance corpus not found (orrery.conformance.dir=" + dir + "): skipping");

        List<String> mismatches = new ArrayList<>();
        for (Path file : ConformanceRunner.caseFiles(Path.of(dir))) {
            ConformanceCase conformanceCase = ConformanceCase.load(file);
            Difference difference = CaseComparator.compare(conformanceCase, asExecution(conformanceCase.expected()));
            if (difference != null) {
                mismatches.add(conformanceCase.id() + ": " + difference.oneLine());
            }
        }

        assertThat(mismatches).isEmpty();
    }

    private static Execution asExecution(JsonNode expected) {
        List<String> path = new ArrayList<>();
        expected.path("path").forEach(name -> path.add(name.asText()));
        List<HistoryEvent> events = new ArrayList<>();
        for (JsonNode event : expected.path("events")) {
            String detailsKey = null;
            for (Iterator<String> it = event.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                detailsKey = name.equals("type") ? detailsKey : name;
            }
            events.add(new HistoryEvent(events.size() + 1, events.size(), Instant.EPOCH, event.get("type").asText(),
                    detailsKey, detailsKey == null ? null : (ObjectNode) event.get(detailsKey)));
        }
        return new Execution("arn", ExecutionStatus.valueOf(expected.get("status").asText()), expected,
                expected.get("output"), text(expected.get("error")), text(expected.get("cause")), path, List.of(),
                new ExecutionHistory(events), Instant.EPOCH, Instant.EPOCH);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
