package dev.orrery.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Replays every execution of the conformance corpus (system property {@code orrery.conformance.dir}) recorded with
 * its whole history a second time, from the records CloudWatch Logs would hold for it at level ALL (JSON lines, in
 * shuffled order): each must replay exactly as its {@code GetExecutionHistory} form does.
 */
class CorpusLogRecordsReplayTests {

    @Test
    void replays_the_recorded_corpus_from_log_records_as_from_histories() throws IOException {
        int total = 0;
        int reproduced = 0;
        List<String> different = new ArrayList<>();
        for (CorpusReplayTests.RecordedCase recorded : CorpusReplayTests.recordedCases()) {
            total++;
            String name = recorded.name();
            String fromHistory = CorpusReplayTests.replay(recorded.json(), name);
            String fromRecords = replay(recorded.json(), name);
            if (fromRecords.equals("reproduced")) {
                reproduced++;
            }
            if (!fromRecords.equals(fromHistory)) {
                different.add(name + ": from the history " + fromHistory + " / from the records " + fromRecords);
            }
        }
        System.out.printf("Replay of the recorded corpus from log records: %d of %d executions reproduced%n",
                reproduced, total);
        different.forEach(line -> System.out.println("  " + line));
        assertThat(total).isGreaterThan(100);
        assertThat(different).isEmpty();
    }

    private static String replay(JsonNode conformanceCase, String name) {
        ParseResult parsed = AslParser.parse(conformanceCase.get("definition").toString(), name);
        if (!parsed.isValid()) {
            return "definition invalid: " + parsed.errors();
        }
        String arn = CorpusReplayTests.description(conformanceCase).get("executionArn").asText();
        List<ObjectNode> records = LogRecords.of(CorpusReplayTests.history(conformanceCase).toString(), arn, null,
                true);
        Collections.shuffle(records, new Random(name.hashCode()));
        try {
            return Replay.of(RecordedExecution.parse(LogRecords.lines(records), name + ".jsonl"))
                    .against(parsed.orThrow()).toString();
        } catch (HistoryFormatException e) {
            return "history not read: " + e.getMessage();
        } catch (RuntimeException e) {
            return "exception: " + e;
        }
    }
}
