package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.ComparisonOperator;
import dev.orrery.model.QueryLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks the rules of a Choice state: one operator with a value of the right type, And/Or/Not shapes, Next. */
final class ChoiceChecker {

    private static final Map<String, FieldSpec> NESTED = nested();
    private static final Map<String, FieldSpec> TOP = top();

    private final Diagnostics diagnostics;
    private final ObjectChecker objects;

    ChoiceChecker(Diagnostics diagnostics, ObjectChecker objects) {
        this.diagnostics = diagnostics;
        this.objects = objects;
    }

    /** Check the Choices and Default of a Choice state, recording their targets in the scope. */
    void check(String name, JsonNode state, String pointer, QueryLanguage language, Scope scope) {
        JsonNode choices = state.get("Choices");
        if (choices != null && choices.isArray()) {
            if (choices.isEmpty()) {
                diagnostics.error(Diagnostics.SCHEMA, pointer + "/Choices", "Value cannot be empty");
            }
            for (int i = 0; i < choices.size(); i++) {
                topRule(name, choices.get(i), Pointers.child(pointer + "/Choices", i), language, scope);
            }
        }
        JsonNode defaultState = state.get("Default");
        if (defaultState != null && defaultState.isTextual()) {
            scope.target(name, "Default", defaultState.asText(), pointer + "/Default");
        }
    }

    private void topRule(String name, JsonNode rule, String pointer, QueryLanguage language, Scope scope) {
        if (!objects.check(rule, pointer, "a Choice rule", TOP, language)) {
            return;
        }
        objects.require(rule, pointer, List.of("Next"));
        if (rule.path("Next").isTextual()) {
            scope.target(name, "Next", rule.get("Next").asText(), pointer + "/Next");
        }
        if (language == QueryLanguage.JSONATA) {
            objects.require(rule, pointer, List.of("Condition"));
            jsonataCondition(rule.get("Condition"), pointer + "/Condition");
        } else {
            condition(rule, pointer);
        }
    }

    /**
     * A JSONata {@code Condition} is a boolean or a {@code {% %}} expression; any other value would be taken as true.
     * Malformed expressions are reported by the field check; this reports the rest (Orrery's wording).
     */
    private void jsonataCondition(@Nullable JsonNode condition, String pointer) {
        if (condition == null || condition.isBoolean()
                || (condition.isTextual() && JsonataChecker.looksLikeExpression(condition.textValue()))) {
            return;
        }
        diagnostics.error(Diagnostics.SCHEMA, pointer, "\"Condition\" must be a boolean or a JSONata expression"
                + " written as \"{% <JSONata expression> %}\" but was " + ValueChecker.describe(condition));
    }

    private void nestedRule(JsonNode rule, String pointer) {
        if (objects.check(rule, pointer, "a nested Choice rule", NESTED, QueryLanguage.JSON_PATH)) {
            condition(rule, pointer);
        }
    }

    private void condition(JsonNode rule, String pointer) {
        List<String> kinds = new ArrayList<>();
        rule.fieldNames().forEachRemaining(field -> {
            if (ComparisonOperator.fromAslName(field) != null || List.of("And", "Or", "Not").contains(field)) {
                kinds.add(field);
            }
        });
        if (kinds.isEmpty()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "a Choice rule needs exactly one comparison operator"
                    + " (such as \"StringEquals\"), or \"And\", \"Or\" or \"Not\", but has none");
            return;
        }
        if (kinds.size() > 1) {
            diagnostics.error(Diagnostics.SCHEMA, Pointers.child(pointer, kinds.get(1)), "a Choice rule needs exactly"
                    + " one of a comparison operator, \"And\", \"Or\" or \"Not\" but has " + kinds);
            return;
        }
        String kind = kinds.get(0);
        JsonNode value = rule.get(kind);
        String at = Pointers.child(pointer, kind);
        switch (kind) {
            case "And", "Or" -> operands(kind, value, at);
            case "Not" -> nestedRule(value, at);
            default -> comparison(rule, pointer, ComparisonOperator.fromAslName(kind), value, at);
        }
    }

    private void operands(String kind, JsonNode value, String pointer) {
        if (!value.isArray() || value.isEmpty()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "\"" + kind + "\" must be a non-empty array of Choice rules"
                    + " but was " + ValueChecker.describe(value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            nestedRule(value.get(i), Pointers.child(pointer, i));
        }
    }

    private void comparison(JsonNode rule, String pointer, ComparisonOperator operator, JsonNode value, String at) {
        JsonNode variable = rule.get("Variable");
        if (variable == null) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "These fields are required: [Variable]");
        } else if (variable.isTextual()) {
            objects.values().paths().checkPath("Variable", variable.asText(), pointer + "/Variable");
        }
        String expected = switch (operator.operand()) {
            case STRING -> value.isTextual() ? null : "a string";
            case NUMBER -> value.isNumber() ? null : "a number";
            case BOOLEAN -> value.isBoolean() ? null : "a boolean";
            case TIMESTAMP, PATH -> value.isTextual() ? null : "a string";
        };
        if (expected != null) {
            diagnostics.error(Diagnostics.SCHEMA, at, "\"" + operator.aslName() + "\" must be " + expected
                    + " but was " + ValueChecker.describe(value));
        } else if (operator.operand() == ComparisonOperator.Operand.TIMESTAMP && !Rfc3339.isValid(value.asText())) {
            diagnostics.error(Diagnostics.SCHEMA, at, "String does not match RFC3339 timestamp");
        } else if (operator.operand() == ComparisonOperator.Operand.PATH) {
            objects.values().paths().checkPath(operator.aslName(), value.asText(), at);
        }
    }

    private static Map<String, FieldSpec> nested() {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        fields.put("Comment", FieldSpec.of("Comment", FieldKind.STRING));
        fields.put("Variable", FieldSpec.jsonPath("Variable", FieldKind.STRING));
        for (String field : List.of("And", "Or", "Not")) {
            fields.put(field, FieldSpec.jsonPath(field, FieldKind.ANY));
        }
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            fields.put(operator.aslName(), FieldSpec.jsonPath(operator.aslName(), FieldKind.ANY));
        }
        return Collections.unmodifiableMap(fields);
    }

    private static Map<String, FieldSpec> top() {
        Map<String, FieldSpec> fields = new LinkedHashMap<>(nested());
        fields.put("Next", FieldSpec.of("Next", FieldKind.STRING));
        fields.put("Assign", FieldSpec.of("Assign", FieldKind.EXPRESSION));
        fields.put("Output", FieldSpec.jsonata("Output", FieldKind.EXPRESSION));
        fields.put("Condition", FieldSpec.jsonata("Condition", FieldKind.EXPRESSION));
        return Collections.unmodifiableMap(fields);
    }
}
