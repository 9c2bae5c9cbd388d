package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Step Functions Local's {@code MockedResponses} entries, keyed by state name. */
final class StepFunctionsLocalResponses {

    private StepFunctionsLocalResponses() {}

    static Map<String, ResponseSequence> read(JsonNode root) {
        require(root.isObject(), "", "an object of state names to mocked responses", root);
        Map<String, ResponseSequence> byState = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> state : root.properties()) {
            String pointer = "/" + escape(state.getKey());
            require(state.getValue().isObject(), pointer, "an object of call numbers (\"0\", \"1-2\") to responses",
                    state.getValue());
            List<ResponseSequence.Entry> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> range : state.getValue().properties()) {
                entries.add(entry(pointer + "/" + escape(range.getKey()), range.getKey(), range.getValue()));
            }
            byState.put(state.getKey(), ResponseSequence.ofRanges(state.getKey(), entries));
        }
        return byState;
    }

    private static ResponseSequence.Entry entry(String pointer, String range, JsonNode response) {
        String[] bounds = range.split("-", -1);
        require(bounds.length <= 2 && bounds[0].matches("\\d+") && bounds[bounds.length - 1].matches("\\d+"),
                pointer, "a call number like \"0\" or a range like \"1-2\"", range);
        int first = Integer.parseInt(bounds[0]);
        int last = Integer.parseInt(bounds[bounds.length - 1]);
        require(first <= last, pointer, "a range whose start is not after its end", range);
        require(response.isObject() && response.size() == 1
                        && (response.has("Return") || response.has("Throw")),
                pointer, "an object with exactly one of \"Return\" or \"Throw\"", response);
        if (response.has("Return")) {
            return new ResponseSequence.Entry(first, last, TaskOutcome.success(response.get("Return")));
        }
        JsonNode thrown = response.get("Throw");
        require(thrown.isObject() && thrown.path("Error").isTextual(), pointer + "/Throw",
                "an object with a string \"Error\" and an optional string \"Cause\"", thrown);
        String cause = thrown.path("Cause").isTextual() ? thrown.get("Cause").asText() : null;
        return new ResponseSequence.Entry(first, last, TaskOutcome.failure(thrown.get("Error").asText(), cause));
    }

    private static void require(boolean condition, String pointer, String expected, Object actual) {
        if (!condition) {
            throw new IllegalArgumentException("Mocked responses (" + (pointer.isEmpty() ? "/" : pointer)
                    + "): expected " + expected + " but was " + actual);
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
