package dev.orrery.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replays every execution of the conformance corpus (system property {@code orrery.conformance.dir}) that was
 * recorded with its whole history: each case's events are turned back into a {@code GetExecutionHistory} response
 * (ids in order, one timestamp, JSON-encoded fields) and replayed against the case's definition. The corpus marks
 * values the recorder replaced ({@code <uuid:1>}, {@code redactions.paths}, redacted input values): those become
 * the documented {@code "<redacted>"} placeholder. Prints the rate and the first divergences.
 */
class CorpusReplayTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern NUMBERED_TOKEN = Pattern.compile("<<?[A-Za-z0-9_.-]+>?:[0-9]+>");
    private static final Set<String> ENCODED = Set.of("input", "output", "parameters");

    /** A case of the corpus with a recorded history: its file name and its JSON. */
    record RecordedCase(String name, JsonNode json) {}

    /** Return the corpus's cases that hold a recorded history, by file name; skips the test when it is absent. */
    static List<RecordedCase> recordedCases() throws IOException {
        String dir = System.getProperty("orrery.conformance.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "Conformance corpus not found: skipping");
        List<RecordedCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode conformanceCase = MAPPER.readTree(file.toFile());
                if (conformanceCase.at("/expected/events").isArray()) {
                    cases.add(new RecordedCase(file.getFileName().toString(), conformanceCase));
                }
            }
        }
        return cases;
    }

    @Test
    void replays_the_recorded_corpus_as_reproduced() throws IOException {
        int total = 0;
        int reproduced = 0;
        List<String> diverged = new ArrayList<>();
        for (RecordedCase recorded : recordedCases()) {
            total++;
            String outcome = replay(recorded.json(), recorded.name());
            if (outcome.equals("reproduced")) {
                reproduced++;
            } else {
                diverged.add(recorded.name() + ": " + outcome);
            }
        }
        System.out.printf("Replay of the recorded corpus: %d of %d executions reproduced (%.1f%%)%n", reproduced, total,
                100.0 * reproduced / Math.max(1, total));
        diverged.forEach(line -> System.out.println("  " + line));
        assertThat(total).isGreaterThan(100);
        assertThat(reproduced).as("reproduced executions").isGreaterThanOrEqualTo(MINIMUM_REPRODUCED);
    }

    /**
     * The number reproduced when this test was written (the 7 others are recording quirks also listed in the
     * conformance module's known failures: a timestamp shown as "date" without a declared redaction, and a 2023
     * recording without {@code $$.Execution.RedriveCount}); raise it as the corpus or the interpreter improve.
     */
    private static final int MINIMUM_REPRODUCED = 430;

    static String replay(JsonNode conformanceCase, String name) {
        ParseResult parsed = AslParser.parse(conformanceCase.get("definition").toString(), name);
        if (!parsed.isValid()) {
            return "definition invalid: " + parsed.errors();
        }
        try {
            RecordedExecution recording = RecordedExecution.parse(history(conformanceCase).toString(), name)
                    .withDescription(description(conformanceCase).toString(), name + "#describe");
            return Replay.of(recording).against(parsed.orThrow()).toString();
        } catch (HistoryFormatException e) {
            return "history not read: " + e.getMessage();
        } catch (RuntimeException e) {
            return "exception: " + e;
        }
    }

    /** Return the case's events as a {@code GetExecutionHistory} response. */
    static ObjectNode history(JsonNode conformanceCase) {
        Set<String> tokens = tokens(conformanceCase);
        ObjectNode history = JsonNodeFactory.instance.objectNode();
        ArrayNode events = history.putArray("events");
        long id = 0;
        for (JsonNode recorded : conformanceCase.at("/expected/events")) {
            id++;
            ObjectNode event = events.addObject();
            event.put("timestamp", 1_735_689_600L);
            event.put("type", recorded.get("type").asText());
            event.put("id", id);
            event.put("previousEventId", id - 1);
            for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith("EventDetails")) {
                    ObjectNode details = (ObjectNode) redact(field.getValue(), tokens);
                    if (id == 1) {
                        details.set("input", conformanceCase.get("input"));
                        if (conformanceCase.at("/context/roleArn").isTextual()) {
                            details.put("roleArn", conformanceCase.at("/context/roleArn").asText());
                        }
                    }
                    event.set(field.getKey(), encoded(details));
                }
            }
        }
        return history;
    }

    static ObjectNode description(JsonNode conformanceCase) {
        JsonNode context = conformanceCase.get("context");
        ObjectNode description = JsonNodeFactory.instance.objectNode();
        description.put("executionArn", "arn:aws:states:" + context.path("region").asText("us-east-1") + ":"
                + context.path("accountId").asText("123456789012") + ":execution:"
                + context.path("stateMachineName").asText("StateMachine") + ":"
                + context.path("executionName").asText("Execution"));
        description.put("status", conformanceCase.at("/expected/status").asText());
        return description;
    }

    private static ObjectNode encoded(ObjectNode details) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if ((ENCODED.contains(field.getKey()) || field.getKey().equals("cause")) && !value.isTextual()
                    && !value.isNull()) {
                copy.put(field.getKey(), value.toString());
            } else if (ENCODED.contains(field.getKey()) && value.isTextual()
                    && !value.asText().equals(RecordedExecution.REDACTED)) {
                copy.put(field.getKey(), value.toString());
            } else if (field.getKey().equals("assignedVariables") && value.isObject()) {
                ObjectNode variables = copy.putObject("assignedVariables");
                value.fields().forEachRemaining(v -> variables.put(v.getKey(), v.getValue().toString()));
            } else {
                copy.set(field.getKey(), value);
            }
        }
        return copy;
    }

    /** Return the recorder's replacement texts of the case: placeholders, redacted paths, redacted input values. */
    private static Set<String> tokens(JsonNode conformanceCase) {
        Set<String> tokens = new HashSet<>();
        JsonNode redactions = conformanceCase.path("redactions");
        redactions.path("placeholders").forEach(p -> tokens.add(p.asText()));
        redactions.path("paths").forEach(p -> {
            JsonNode replacement = p.isObject() ? p.path("replacement") : p.isArray() && p.size() > 1 ? p.get(1)
                    : null;
            if (replacement != null && replacement.isTextual()) {
                tokens.add(replacement.asText());
            }
        });
        redactions.path("input_values").forEach(v -> {
            if (v.isTextual()) {
                tokens.add(v.asText());
            }
        });
        return tokens;
    }

    private static JsonNode redact(JsonNode value, Set<String> tokens) {
        if (value.isTextual()) {
            String text = value.asText();
            if (tokens.contains(text)) {
                return TextNode.valueOf(RecordedExecution.REDACTED);
            }
            String replaced = NUMBERED_TOKEN.matcher(text).replaceAll(RecordedExecution.REDACTED);
            for (String token : tokens) {
                if (token.startsWith("<") && !token.isEmpty()) {
                    replaced = replaced.replace(token, RecordedExecution.REDACTED);
                }
            }
            return TextNode.valueOf(replaced);
        }
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            value.fields().forEachRemaining(f -> copy.set(f.getKey(), redact(f.getValue(), tokens)));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            value.forEach(v -> copy.add(redact(v, tokens)));
            return copy;
        }
        return value;
    }
}
