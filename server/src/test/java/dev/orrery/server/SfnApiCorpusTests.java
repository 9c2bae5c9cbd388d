package dev.orrery.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replays every scenario of the Step Functions API corpus recorded on real AWS ({@code ../shared/sfn-api}, property
 * {@code orrery.sfnApi.dir}) against one endpoint, compares call by call as the corpus README prescribes, and prints
 * the pass rate and each failing scenario's first mismatch. Skipped when the corpus is absent.
 */
class SfnApiCorpusTests {

    /** The pass count measured when this test was written; a drop below it is a regression. */
    private static final int PASSING_AT_LEAST = 155;

    @Test
    void replays_the_recorded_scenarios_and_reports_the_pass_rate() throws Exception {
        String dir = System.getProperty("orrery.sfnApi.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "Step Functions API corpus not found (orrery.sfnApi.dir=" + dir + "): skipping");
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(dir))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString()
                    .equals("README.md")).sorted().toList();
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ObjectMapper mapper = new ObjectMapper();
        int passed = 0;
        int internalFailures = 0;
        Map<String, List<String>> failures = new TreeMap<>();
        HttpClient http = HttpClient.newHttpClient();
        try (StepFunctionsServer server = StepFunctionsServer.start(StepFunctionsServer.Options.defaults()
                .withPort(0).withLog(new PrintStream(log, true, StandardCharsets.UTF_8)))) {
            for (Path file : files) {
                JsonNode scenario = mapper.readTree(file.toFile());
                SfnApiReplay replay = new SfnApiReplay(http, server.uri(), scenario);
                String mismatch = replay.replay();
                internalFailures += replay.internalFailures();
                if (mismatch == null) {
                    passed++;
                } else {
                    failures.computeIfAbsent(group(file), k -> new ArrayList<>())
                            .add(scenario.get("id").asText() + "\n      " + mismatch);
                }
            }
        }
        failures.forEach((group, list) -> {
            System.out.println("[" + group + "] " + list.size() + " failing");
            list.forEach(f -> System.out.println("  " + f));
        });
        System.out.println("Step Functions API: " + passed + "/" + files.size() + " scenarios pass");
        assertThat(log.toString(StandardCharsets.UTF_8)).as("unexpected failures logged").isEmpty();
        assertThat(internalFailures).as("answers with HTTP 5xx").isZero();
        assertThat(passed).isGreaterThanOrEqualTo(PASSING_AT_LEAST);
    }

    private static String group(Path file) throws IOException {
        String name = file.getFileName().toString();
        int test = name.indexOf("_Test");
        return test < 0 ? name : name.substring(0, test);
    }
}
