package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskOutcome;
import java.util.ArrayList;
import java.util.Comparator;
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
            List<String> keys = new ArrayList<>();
            for (Map.Entry<String, JsonNode> range : named.getValue().properties()) {
                entries.add(entry(pointer + "/" + escape(range.getKey()), range.getKey(), range.getValue()));
                keys.add(range.getKey());
            }
            requireDisjoint(pointer, keys, entries);
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
        require(thrown.isObject() && (!thrown.has("Error") || thrown.get("Error").isTextual())
                        && (!thrown.has("Cause") || thrown.get("Cause").isTextual()), pointer + "/Throw",
                "an object with an optional string \"Error\" and an optional string \"Cause\"", thrown);
        // a Throw without Error fails the task without an error name, as SendTaskFailure without error does
        String error = thrown.has("Error") ? thrown.get("Error").asText() : TaskOutcome.NO_ERROR;
        String cause = thrown.has("Cause") ? thrown.get("Cause").asText() : null;
        return new ResponseSequence.Entry(first, last, Answers.outcome(TaskOutcome.failure(error, cause)));
    }

    /**
     * Refuse two keys that answer the same call (as {@code "0-5"} and {@code "3"}): which one answers would depend on
     * the order of the keys. The message, Orrery's own, names both keys and is placed at the later one.
     */
    private static void requireDisjoint(String pointer, List<String> keys, List<ResponseSequence.Entry> entries) {
        List<Integer> byFirstCall = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            byFirstCall.add(i);
        }
        byFirstCall.sort(Comparator.comparingInt(i -> entries.get(i).first()));
        int reaching = -1;
        for (int index : byFirstCall) {
            if (reaching >= 0 && entries.get(index).first() <= entries.get(reaching).last()) {
                int later = Math.max(index, reaching);
                int earlier = Math.min(index, reaching);
                throw new MockConfigException(pointer + "/" + escape(keys.get(later)), "\"" + keys.get(later)
                        + "\" overlaps \"" + keys.get(earlier) + "\": both answer "
                        + calls(entries.get(index), entries.get(reaching)) + "; give each call number one response");
            }
            if (reaching < 0 || entries.get(index).last() > entries.get(reaching).last()) {
                reaching = index;
            }
        }
    }

    private static String calls(ResponseSequence.Entry one, ResponseSequence.Entry other) {
        int first = Math.max(one.first(), other.first());
        int last = Math.min(one.last(), other.last());
        return first == last ? "call " + first : "calls " + first + "-" + last;
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
