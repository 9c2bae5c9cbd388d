package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.InputOutput;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.State;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Traces a value a state outputs back to where it comes from: its result ({@code ResultSelector} fields that copy a
 * path, {@code ResultPath}, {@code OutputPath}; in JSONata an {@code Output} that is {@code $states.result} or an
 * object of its fields), or its input, which it passes on ({@code ResultPath} elsewhere or {@code null}).
 */
final class ResultPaths {

    private ResultPaths() {}

    /** Return where each needed output value lies in the state's result, or {@code null} when one does not. */
    static @Nullable Map<DataPath, JsonNode> inResult(State state, Map<DataPath, JsonNode> need) {
        Map<DataPath, JsonNode> inResult = new LinkedHashMap<>();
        for (Map.Entry<DataPath, JsonNode> entry : need.entrySet()) {
            DataPath path = inResult(state, entry.getKey());
            if (path == null) {
                return null;
            }
            inResult.put(path, entry.getValue());
        }
        return inResult;
    }

    /** Return whether the state passes its input on with every needed value untouched. */
    static boolean passesOn(State state, Map<DataPath, JsonNode> need) {
        InputOutput io = state.io();
        if (state.queryLanguage() == QueryLanguage.JSONATA) {
            return false;
        }
        if (!"$".equals(io.outputPath())) {
            return false;
        }
        if (io.resultPath() == null) {
            return true;
        }
        DataPath resultPath = DataPath.parse(io.resultPath());
        if (resultPath == null || resultPath.isRoot()) {
            return false;
        }
        return need.keySet().stream().noneMatch(path -> path.startsWith(resultPath) || resultPath.startsWith(path));
    }

    /** Return where one output value lies in the state's result, or {@code null} when it does not. */
    static @Nullable DataPath inResult(State state, DataPath output) {
        InputOutput io = state.io();
        if (state.queryLanguage() == QueryLanguage.JSONATA) {
            return jsonata(io.output(), output);
        }
        DataPath outputPath = DataPath.parse(io.outputPath());
        DataPath resultPath = DataPath.parse(io.resultPath());
        if (outputPath == null || resultPath == null) {
            return null;
        }
        DataPath merged = output.under(outputPath);
        if (!merged.startsWith(resultPath)) {
            return null;
        }
        DataPath selected = merged.after(resultPath);
        return io.resultSelector() == null ? selected : selector(io.resultSelector(), selected);
    }

    private static @Nullable DataPath selector(JsonNode selector, DataPath selected) {
        if (selected.isRoot() || !(selected.steps().get(0) instanceof String field)) {
            return null;
        }
        JsonNode copied = selector.get(field + ".$");
        DataPath source = copied == null ? null : DataPath.parse(copied.asText());
        return source == null ? null : selected.after(new DataPath(java.util.List.of(field))).under(source);
    }

    private static @Nullable DataPath jsonata(@Nullable JsonNode output, DataPath path) {
        if (output == null) {
            return path;
        }
        if (output.isTextual()) {
            DataPath source = JsonataReferences.whole(output, "result");
            return source == null ? null : path.under(source);
        }
        if (!output.isObject() || path.isRoot() || !(path.steps().get(0) instanceof String field)) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = output.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (entry.getKey().equals(field) && entry.getValue().isTextual()) {
                DataPath source = JsonataReferences.whole(entry.getValue(), "result");
                return source == null ? null : path.after(new DataPath(java.util.List.of(field))).under(source);
            }
        }
        return null;
    }
}
