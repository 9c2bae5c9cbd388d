package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One execution recorded on real AWS: definition, input, task results to replay, and what AWS produced.
 *
 * @param id the case id, e.g. {@code v2/scenarios/test_base_scenarios::TestBaseScenarios::test_wait}
 * @param definition the ASL definition object
 * @param input the execution input
 * @param mocks per state name, the recorded task calls in call order
 * @param expected status, output, error, cause, path and events as AWS recorded them
 * @param context names for the Context object: accountId, region, stateMachineName, executionName, roleArn
 * @param redactions how the recording was redacted
 * @param features query_language, state_types (name to count) and features (flags)
 * @param notes the case's flags, e.g. {@code output-only-recording}
 */
@API(status = INTERNAL, since = "0.1")
public record ConformanceCase(
        String id,
        JsonNode definition,
        JsonNode input,
        ObjectNode mocks,
        JsonNode expected,
        JsonNode context,
        Redactions redactions,
        JsonNode features,
        List<String> notes) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Copy the notes. */
    public ConformanceCase {
        notes = List.copyOf(notes);
    }

    /** Read a case file. */
    public static ConformanceCase load(Path file) throws IOException {
        return fromJson(MAPPER.readTree(file.toFile()), file.getFileName().toString());
    }

    /** Build a case from its JSON; {@code fallbackId} names it when it has no id. */
    public static ConformanceCase fromJson(JsonNode json, String fallbackId) {
        List<String> notes = new ArrayList<>();
        json.path("notes").forEach(note -> notes.add(note.asText()));
        JsonNode mocks = json.path("mocks");
        return new ConformanceCase(
                json.path("id").isTextual() ? json.get("id").asText() : fallbackId,
                json.path("definition"),
                json.has("input") ? json.get("input") : JsonNodeFactory.instance.objectNode(),
                mocks.isObject() ? (ObjectNode) mocks : JsonNodeFactory.instance.objectNode(),
                json.path("expected"),
                json.path("context"),
                Redactions.fromJson(json.get("redactions")),
                json.path("features"),
                notes);
    }

    /** Return whether the case carries the given note flag. */
    public boolean hasNote(String note) {
        return notes.contains(note);
    }

    /** Return the query language: {@code JSONPath}, {@code JSONata} or {@code mixed}. */
    public String queryLanguage() {
        return features.path("query_language").asText("JSONPath");
    }

    /** Return the state types the definition uses, e.g. {@code [Pass, Task]}. */
    public List<String> stateTypes() {
        List<String> types = new ArrayList<>();
        for (Iterator<String> it = features.path("state_types").fieldNames(); it.hasNext(); ) {
            types.add(it.next());
        }
        return types;
    }

    /** Return the feature flags, e.g. {@code [catch, jsonpath-ResultPath]}. */
    public List<String> featureFlags() {
        List<String> flags = new ArrayList<>();
        features.path("features").forEach(flag -> flags.add(flag.asText()));
        return flags;
    }

    /** Return whether Map or Parallel states run iterations or branches that AWS interleaves. */
    public boolean hasConcurrency() {
        List<String> types = stateTypes();
        return types.contains("Map") || types.contains("Parallel");
    }
}
