package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.ReferencePath;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.intrinsics.IntrinsicFunctions;
import dev.orrery.internal.jsonpath.CompiledPath;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks JSONPath paths, reference paths and payload templates ({@code "key.$": "path"}). */
final class PathChecker {

    private final Diagnostics diagnostics;

    PathChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Check a Path ({@code $...}, {@code $$...} or {@code $var...}); report and return false when it is not one. */
    boolean checkPath(String field, String text, String pointer) {
        String problem = pathProblem(text);
        if (problem != null) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "\"" + field + "\" must be a valid JSONPath but was \""
                    + text + "\": " + problem);
        }
        return problem == null;
    }

    /** Check a reference path: a Path that selects a single value (no wildcards, filters, slices or unions). */
    void checkReferencePath(String field, String text, String pointer) {
        if (checkPath(field, text, pointer) && !definite(text)) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "\"" + field + "\" must be a reference path, which selects"
                    + " a single value (no wildcards, filters, slices or unions), but was \"" + text + "\"");
        }
    }

    /** Check a ResultPath: a reference path into the state input (it cannot name the context or a variable). */
    void checkResultPath(String text, String pointer) {
        String problem = null;
        try {
            CompiledPath path = CompiledPath.compile(text);
            ReferencePath.compile(text);
            if (path.root() != CompiledPath.Root.INPUT) {
                problem = "it must start with \"$\" and point into the state input, not the context or a variable";
            } else if (!path.isDefinite()) {
                problem = "a reference path selects a single value (no wildcards, filters, slices or unions)";
            }
        } catch (ExpressionSyntaxException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "\"ResultPath\" must be a reference path but was \""
                    + text + "\": " + problem);
        }
    }

    /** Check a payload template: every key ending in {@code .$} holds a path or an intrinsic function call. */
    void checkTemplate(JsonNode template, String pointer) {
        if (template.isObject()) {
            for (Map.Entry<String, JsonNode> entry : template.properties()) {
                String key = entry.getKey();
                String child = Pointers.child(pointer, key);
                if (key.endsWith(".$")) {
                    checkDynamicField(key, entry.getValue(), child);
                    conflict(template, key, pointer);
                } else {
                    checkTemplate(entry.getValue(), child);
                }
            }
        } else if (template.isArray()) {
            for (int i = 0; i < template.size(); i++) {
                checkTemplate(template.get(i), Pointers.child(pointer, i));
            }
        }
    }

    private void checkDynamicField(String key, JsonNode value, String pointer) {
        String problem = value.isTextual() ? intrinsicProblem(value.asText()) : null;
        if (value.isTextual() && problem == null && isPathOrIntrinsic(value.asText())) {
            return;
        }
        diagnostics.error(Diagnostics.SCHEMA, pointer, "The value for the field '" + key
                + "' must be a valid JSONPath or a valid intrinsic function call"
                + (problem == null ? "" : " (" + problem + ")"));
    }

    /** Return what is wrong with an intrinsic function call, or {@code null} when it compiles or is no call. */
    static @Nullable String intrinsicProblem(String text) {
        if (!IntrinsicFunctions.isIntrinsic(text)) {
            return null;
        }
        try {
            IntrinsicFunctions.compile(text);
            return null;
        } catch (ExpressionSyntaxException e) {
            return e.getMessage();
        }
    }

    private void conflict(JsonNode template, String key, String pointer) {
        String plain = key.substring(0, key.length() - 2);
        if (template.has(plain)) {
            diagnostics.error(Diagnostics.SCHEMA, Pointers.child(pointer, plain), "fields \"" + plain + "\" and \""
                    + key + "\" both produce the field \"" + plain + "\"; keep only one");
        }
    }

    /** Return whether the text is a valid path or starts an intrinsic function call ({@code States.}). */
    static boolean isPathOrIntrinsic(String text) {
        return text.startsWith("States.") || pathProblem(text) == null;
    }

    private static @Nullable String pathProblem(String text) {
        try {
            CompiledPath.compile(text);
            return null;
        } catch (ExpressionSyntaxException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return "it cannot be parsed (" + e.getMessage() + ")";
        }
    }

    private static boolean definite(String text) {
        try {
            return CompiledPath.compile(text).isDefinite();
        } catch (ExpressionSyntaxException | RuntimeException e) {
            return false;
        }
    }
}
