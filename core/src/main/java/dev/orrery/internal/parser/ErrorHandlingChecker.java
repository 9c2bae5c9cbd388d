package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.QueryLanguage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks the {@code Retry} and {@code Catch} arrays of Task, Parallel and Map states. */
final class ErrorHandlingChecker {

    private static final Map<String, FieldSpec> RETRIER = fields(FieldSpec.of("ErrorEquals", FieldKind.ARRAY),
            FieldSpec.range("IntervalSeconds", FieldKind.INTEGER, 1, StateFields.MAX),
            FieldSpec.range("MaxAttempts", FieldKind.INTEGER, 0, StateFields.MAX),
            FieldSpec.of("BackoffRate", FieldKind.NUMBER),
            FieldSpec.range("MaxDelaySeconds", FieldKind.INTEGER, 1, 31_622_400),
            FieldSpec.of("JitterStrategy", FieldKind.STRING), FieldSpec.of("Comment", FieldKind.STRING));
    private static final Map<String, FieldSpec> CATCHER = fields(FieldSpec.of("ErrorEquals", FieldKind.ARRAY),
            FieldSpec.of("Next", FieldKind.STRING), FieldSpec.jsonPath("ResultPath", FieldKind.NULLABLE_REFERENCE_PATH),
            FieldSpec.jsonata("Output", FieldKind.EXPRESSION), FieldSpec.of("Assign", FieldKind.EXPRESSION),
            FieldSpec.of("Comment", FieldKind.STRING));

    private final Diagnostics diagnostics;
    private final ObjectChecker objects;

    ErrorHandlingChecker(Diagnostics diagnostics, ObjectChecker objects) {
        this.diagnostics = diagnostics;
        this.objects = objects;
    }

    /** Check the Retry array, if any. */
    void checkRetry(JsonNode state, String pointer, QueryLanguage language) {
        JsonNode retry = state.get("Retry");
        if (retry == null || !retry.isArray()) {
            return;
        }
        for (int i = 0; i < retry.size(); i++) {
            String element = Pointers.child(pointer + "/Retry", i);
            JsonNode retrier = retry.get(i);
            if (objects.check(retrier, element, "a retrier", RETRIER, language)) {
                errorEquals(retrier, element, i == retry.size() - 1, "retrier");
                backoffAndJitter(retrier, element);
            }
        }
    }

    /** Check the Catch array, if any, recording each catcher's Next in the scope. */
    void checkCatch(String name, JsonNode state, String pointer, QueryLanguage language, Scope scope) {
        JsonNode catchers = state.get("Catch");
        if (catchers == null || !catchers.isArray()) {
            return;
        }
        for (int i = 0; i < catchers.size(); i++) {
            String element = Pointers.child(pointer + "/Catch", i);
            JsonNode catcher = catchers.get(i);
            if (objects.check(catcher, element, "a catcher", CATCHER, language)) {
                errorEquals(catcher, element, i == catchers.size() - 1, "catcher");
                objects.require(catcher, element, List.of("ErrorEquals", "Next"));
                if (catcher.path("Next").isTextual()) {
                    scope.target(name, "Next", catcher.get("Next").asText(), element + "/Next");
                }
            }
        }
    }

    private void errorEquals(JsonNode handler, String pointer, boolean last, String kind) {
        JsonNode errors = handler.get("ErrorEquals");
        if (errors == null || !errors.isArray()) {
            return;
        }
        String at = pointer + "/ErrorEquals";
        if (errors.isEmpty()) {
            diagnostics.error(Diagnostics.SCHEMA, at, "\"ErrorEquals\" must be a non-empty array of error names");
        }
        for (int i = 0; i < errors.size(); i++) {
            JsonNode error = errors.get(i);
            if (!error.isTextual()) {
                diagnostics.error(Diagnostics.SCHEMA, Pointers.child(at, i), "\"ErrorEquals\" must hold error names"
                        + " (strings) but held " + ValueChecker.describe(error));
            } else if (error.asText().equals("States.ALL") && errors.size() > 1) {
                diagnostics.error(Diagnostics.SCHEMA, Pointers.child(at, i), "\"States.ALL\" must appear alone in"
                        + " \"ErrorEquals\"");
            } else if (error.asText().equals("States.ALL") && !last) {
                diagnostics.error(Diagnostics.SCHEMA, Pointers.child(at, i), "\"States.ALL\" must appear only in the"
                        + " last " + kind);
            }
        }
    }

    private void backoffAndJitter(JsonNode retrier, String pointer) {
        JsonNode rate = retrier.get("BackoffRate");
        if (rate != null && rate.isNumber() && rate.doubleValue() < 1.0) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/BackoffRate", "BackoffRate must be >= 1.0 but was "
                    + rate);
        }
        JsonNode jitter = retrier.get("JitterStrategy");
        if (jitter != null && jitter.isTextual() && !List.of("FULL", "NONE").contains(jitter.asText())) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/JitterStrategy", "JitterStrategy must be one of"
                    + " [FULL, NONE] but was \"" + jitter.asText() + "\"");
        }
    }

    private static Map<String, FieldSpec> fields(FieldSpec... specs) {
        Map<String, FieldSpec> result = new LinkedHashMap<>();
        for (FieldSpec spec : specs) {
            result.put(spec.name(), spec);
        }
        return result;
    }
}
