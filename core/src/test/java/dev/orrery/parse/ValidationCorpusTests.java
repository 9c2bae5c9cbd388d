package dev.orrery.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the validation corpus beside the checkout ({@code orrery.validation.dir}): invalid cases must be rejected with
 * a located error, valid cases accepted, nothing may throw. Ids in {@code validation-known-failures.txt} may fail.
 */
class ValidationCorpusTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String KNOWN_FAILURES = "/validation-known-failures.txt";

    @TestFactory
    Stream<DynamicNode> every_case_of_the_validation_corpus_is_judged_like_its_label() throws IOException {
        String dir = System.getProperty("orrery.validation.dir", "");
        Path folder = Path.of(dir.isEmpty() ? "../shared/validation" : dir);
        Assumptions.assumeTrue(Files.isDirectory(folder), "validation corpus not found at " + folder.toAbsolutePath()
                + "; set -Dorrery.validation.dir to run it");
        Map<String, String> known = knownFailures();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        AtomicInteger passed = new AtomicInteger();
        List<DynamicNode> tests = new ArrayList<>();
        for (Path file : files) {
            JsonNode testCase = MAPPER.readTree(file.toFile());
            tests.add(dynamicTest(testCase.get("id").asText(), () -> run(testCase, known, passed)));
        }
        tests.add(summary(files.size(), passed, known.keySet(), files));
        return tests.stream();
    }

    private static void run(JsonNode testCase, Map<String, String> known, AtomicInteger passed) throws IOException {
        String id = testCase.get("id").asText();
        JsonNode definition = testCase.get("definition");
        String text = definition.isTextual() ? definition.asText()
                : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(definition);
        ParseResult result = AslParser.parse(text, id);
        String problem = problem(testCase.get("valid").asBoolean(), result);
        if (problem == null) {
            passed.incrementAndGet();
        }
        if (known.containsKey(id)) {
            assertThat(problem).as("%s passes now: remove it from %s", id, KNOWN_FAILURES).isNotNull();
        } else {
            assertThat(problem).as("%s (%s)", id, testCase.path("reason").asText()).isNull();
        }
    }

    private static String problem(boolean valid, ParseResult result) {
        List<Diagnostic> errors = result.errors();
        if (valid && !errors.isEmpty()) {
            return "valid definition rejected:\n" + lines(errors);
        }
        if (!valid && errors.stream().noneMatch(d -> d.location() != null)) {
            return "invalid definition accepted; diagnostics:\n" + lines(result.diagnostics());
        }
        return null;
    }

    private static String lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> "  " + d.code() + " " + d).collect(Collectors.joining("\n"));
    }

    private static DynamicTest summary(int total, AtomicInteger passed, Set<String> known, List<Path> files) {
        return dynamicTest("summary", () -> {
            System.out.println("Validation: " + passed.get() + "/" + total + " cases pass");
            assertThat(passed.get() + known.size()).as("every case passes or is a known failure")
                    .isGreaterThanOrEqualTo(total);
            assertThat(files).isNotEmpty();
        });
    }

    private static Map<String, String> knownFailures() {
        Map<String, String> known = new TreeMap<>();
        try (InputStream in = ValidationCorpusTests.class.getResourceAsStream(KNOWN_FAILURES)) {
            if (in == null) {
                return known;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String id = line.replaceFirst("#.*", "").trim();
                if (!id.isEmpty()) {
                    known.put(id, line.contains("#") ? line.substring(line.indexOf('#') + 1).trim() : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }
}
