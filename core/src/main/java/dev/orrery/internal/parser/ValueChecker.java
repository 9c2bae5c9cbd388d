package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.variables.VariableLimits;
import dev.orrery.model.QueryLanguage;

/** Checks the value of one field against its {@link FieldSpec}: JSON type, range, path or expression syntax. */
final class ValueChecker {

    private final Diagnostics diagnostics;
    private final PathChecker paths;
    private final JsonataChecker jsonata;

    ValueChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.paths = new PathChecker(diagnostics);
        this.jsonata = new JsonataChecker(diagnostics);
    }

    /** Return the path checker. */
    PathChecker paths() {
        return paths;
    }

    /** Return the JSONata checker. */
    JsonataChecker jsonata() {
        return jsonata;
    }

    /** Check a field's value; report and return false when its JSON type is wrong. */
    boolean check(FieldSpec spec, JsonNode value, String pointer, QueryLanguage language) {
        if (spec.name().equals("Assign")) {
            return assign(spec, value, pointer, language);
        }
        boolean jsonataExpression = language == QueryLanguage.JSONATA && value.isTextual()
                && JsonataChecker.looksLikeExpression(value.asText());
        if (jsonataExpression && spec.kind() != FieldKind.STRING) {
            jsonata.checkString(value.asText(), pointer);
            return true;
        }
        return switch (spec.kind()) {
            case STRING -> expect(spec, value.isTextual(), "a string", value, pointer);
            case BOOLEAN -> expect(spec, value.isBoolean(), "a boolean", value, pointer);
            case OBJECT -> expect(spec, value.isObject(), "an object", value, pointer);
            case ARRAY -> expect(spec, value.isArray(), "an array", value, pointer);
            case ANY -> true;
            case NULLABLE_PATH -> value.isNull() || checkString(spec, value, pointer, FieldKind.NULLABLE_PATH);
            case NULLABLE_REFERENCE_PATH -> value.isNull()
                    || checkString(spec, value, pointer, FieldKind.NULLABLE_REFERENCE_PATH);
            case REFERENCE_PATH, PATH_OR_INTRINSIC -> checkString(spec, value, pointer, spec.kind());
            case TEMPLATE, EXPRESSION -> template(value, pointer, language);
            case INTEGER -> number(spec, value, pointer, true);
            case NUMBER -> number(spec, value, pointer, false);
            case TIMESTAMP -> timestamp(spec, value, pointer);
            case STRING_OR_EXPRESSION -> expect(spec, value.isTextual(), "a string", value, pointer);
        };
    }

    /**
     * Check an {@code Assign}: an object whose keys are variable names ({@code name.$} for a JSONPath value), with the
     * same messages the runner gives.
     */
    private boolean assign(FieldSpec spec, JsonNode value, String pointer, QueryLanguage language) {
        if (!expect(spec, value.isObject(), "an object", value, pointer)) {
            return false;
        }
        for (String key : (Iterable<String>) value::fieldNames) {
            String name = language == QueryLanguage.JSON_PATH && key.endsWith(".$")
                    ? key.substring(0, key.length() - 2) : key;
            String problem = VariableLimits.nameProblem(name);
            if (problem != null) {
                diagnostics.error(Diagnostics.SCHEMA, Pointers.child(pointer, key), "Invalid variable name '" + name
                        + "' in '" + spec.name() + "': " + problem);
            }
        }
        return template(value, pointer, language);
    }

    private boolean checkString(FieldSpec spec, JsonNode value, String pointer, FieldKind kind) {
        if (!expect(spec, value.isTextual(), "a string holding a path", value, pointer)) {
            return false;
        }
        String text = value.asText();
        switch (kind) {
            case NULLABLE_REFERENCE_PATH -> paths.checkResultPath(text, pointer);
            case REFERENCE_PATH -> paths.checkReferencePath(spec.name(), text, pointer);
            case PATH_OR_INTRINSIC -> {
                if (!text.startsWith("States.")) {
                    paths.checkPath(spec.name(), text, pointer);
                }
            }
            default -> paths.checkPath(spec.name(), text, pointer);
        }
        return true;
    }

    private boolean template(JsonNode value, String pointer, QueryLanguage language) {
        if (language == QueryLanguage.JSONATA) {
            jsonata.checkTree(value, pointer);
        } else {
            paths.checkTemplate(value, pointer);
        }
        return true;
    }

    private boolean number(FieldSpec spec, JsonNode value, String pointer, boolean integer) {
        boolean ok = integer ? value.isIntegralNumber() : value.isNumber();
        if (!expect(spec, ok, integer ? "an integer" : "a number", value, pointer)) {
            return false;
        }
        double number = value.doubleValue();
        if ((spec.min() != null && number < spec.min()) || (spec.max() != null && number > spec.max())) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "\"" + spec.name() + "\" must be " + range(spec)
                    + " but was " + value);
        }
        return true;
    }

    private boolean timestamp(FieldSpec spec, JsonNode value, String pointer) {
        if (!expect(spec, value.isTextual(), "a string", value, pointer)) {
            return false;
        }
        if (!Rfc3339.isValid(value.asText())) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "String does not match RFC3339 timestamp");
        }
        return true;
    }

    /** Report that the value is not of the expected JSON type unless {@code ok}; return {@code ok}. */
    boolean expect(FieldSpec spec, boolean ok, String expected, JsonNode value, String pointer) {
        if (!ok) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "\"" + spec.name() + "\" must be " + expected
                    + " but was " + describe(value));
        }
        return ok;
    }

    /** Describe a JSON value for a message: its type and, when short, the value. */
    static String describe(JsonNode value) {
        String type = switch (value.getNodeType()) {
            case STRING -> "the string";
            case NUMBER -> "the number";
            case BOOLEAN -> "the boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
        return value.isValueNode() && !value.isNull() ? type + " " + value : type;
    }

    private static String range(FieldSpec spec) {
        if (spec.max() != null && spec.max() < StateFields.MAX) {
            return "between " + spec.min() + " and " + spec.max();
        }
        return spec.min() != null && spec.min() > 0 ? "a positive integer (>= " + spec.min() + ")"
                : ">= " + spec.min() + (spec.max() == null ? "" : " and <= " + spec.max());
    }
}
