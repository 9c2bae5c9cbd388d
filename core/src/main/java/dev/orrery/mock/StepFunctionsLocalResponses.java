package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Step Functions Local's {@code MockedResponses}: name → {@code "0"}/{@code "1-2"} → Return/Throw. */
final class StepFunctionsLocalResponses {

    private StepFunctionsLocalResponses() {}

    static Map<String, ResponseSequence> read(JsonNode root) {
        return read(root, "");
    }

    /** Read the responses object found at the given JSON pointer of its file. */
    static Map<String, ResponseSequence> read(JsonNode root, String base) {
        require(root.isObject(), base, "an object of names to mocked responses", root);
        Map<String, ResponseSequence> byName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> named : root.properties()) {
            String pointer = base + "/" + escape(named.getKey());
            require(named.getValue().isObject(), pointer, "an object of call numbers (\"0\", \"1-2\") to responses",
                    named.getValue());
            List<ResponseSequence.Entry> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> range : named.getValue().properties()) {
                entries.add(entry(pointer + "/" + escape(range.getKey()), range.getKey(), range.getValue()));
            }
            byName.put(named.getKey(), ResponseSequence.ofRanges(named.getKey(), entries));
        }
        return byName;
    }

    private static ResponseSequence.Entry entry(String pointer, String range, JsonNode response) {
        String[] bounds = range.split("-", -1);
        require(bounds.length <= 2 && bounds[0].matches("\\d{1,9}") && bounds[bounds.length - 1].matches("\\d{1,9}"),
                pointer, "a call number like \"0\" or a range like \"1-2\"", "\"" + range + "\"");
        int first = Integer.parseInt(bounds[0]);
        int last = Integer.parseInt(bounds[bounds.length - 1]);
        require(first <= last, pointer, "a range whose start is not after its end", "\"" + range + "\"");
        require(response.isObject() && response.size() == 1
                        && (response.has("Return") || response.has("Throw")),
                pointer, "an object with exactly one of \"Return\" or \"Throw\"", response);
        if (response.has("Return")) {
            TaskOutcome returned = TaskOutcome.success(response.get("Return"));
            return new ResponseSequence.Entry(first, last, Answers.outcome(returned));
        }
        JsonNode thrown = response.get("Throw");
        require(thrown.isObject() && thrown.path("Error").isTextual()
                        && (!thrown.has("Cause") || thrown.get("Cause").isTextual()), pointer + "/Throw",
                "an object with a string \"Error\" and an optional string \"Cause\"", thrown);
        String cause = thrown.has("Cause") ? thrown.get("Cause").asText() : null;
        return new ResponseSequence.Entry(first, last,
                Answers.outcome(TaskOutcome.failure(thrown.get("Error").asText(), cause)));
    }

    static void require(boolean condition, String pointer, String expected, Object actual) {
        if (!condition) {
            throw new MockConfigException(pointer.isEmpty() ? "/" : pointer, "expected " + expected + " but was "
                    + actual);
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
