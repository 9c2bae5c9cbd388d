package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.choice.CompiledCondition;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataExpression;
import dev.orrery.internal.jsonata.JsonataTemplate;
import dev.orrery.internal.variables.JsonPathAssign;
import dev.orrery.internal.variables.JsonataAssign;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.Condition;
import dev.orrery.model.QueryLanguage;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Choice state's rules compiled once in its query language: the condition of each rule (JSONPath comparisons read
 * the effective input; a JSONata {@code Condition} is a boolean or a {@code {% %}} expression evaluated at
 * {@code Choices[i]/Condition}) and what a matching rule applies: its own {@code Assign} and, in JSONata, its own
 * {@code Output} (else the state's).
 */
final class ChoiceRules {

    private final List<Rule> rules;

    private ChoiceRules(List<Rule> rules) {
        this.rules = rules;
    }

    private sealed interface Rule permits PathRule, JsonataRule {}

    private record PathRule(CompiledCondition condition, @Nullable JsonPathAssign assign) implements Rule {}

    private record JsonataRule(@Nullable JsonataExpression condition, boolean constant, String field,
            @Nullable JsonataAssign assign, @Nullable JsonataTemplate output) implements Rule {}

    static ChoiceRules compile(ChoiceState state) {
        List<Rule> rules = new ArrayList<>();
        boolean jsonata = state.queryLanguage() == QueryLanguage.JSONATA;
        for (int i = 0; i < state.choices().size(); i++) {
            try {
                rules.add(jsonata ? jsonataRule(state.choices().get(i), "Choices[" + i + "]/")
                        : pathRule(state.choices().get(i), "Choices[" + i + "]/"));
            } catch (ExpressionSyntaxException e) {
                throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
            }
        }
        return new ChoiceRules(List.copyOf(rules));
    }

    private static Rule pathRule(ChoiceRule rule, String prefix) throws ExpressionSyntaxException {
        return new PathRule(CompiledCondition.compile(rule.condition()),
                rule.assign() == null ? null : JsonPathAssign.compile(rule.assign(), prefix + "Assign"));
    }

    private static Rule jsonataRule(ChoiceRule rule, String prefix) throws ExpressionSyntaxException {
        JsonNode written = ((Condition.Jsonata) rule.condition()).expression();
        JsonataExpression condition = written.isTextual() ? JsonataExpression.compileDelimited(written.textValue())
                : null;
        return new JsonataRule(condition, written.asBoolean(), prefix + "Condition",
                rule.assign() == null ? null : JsonataAssign.compile(rule.assign(), prefix + "Assign"),
                JsonataIo.template(rule.output(), prefix + "Output"));
    }

    /** Return the index of the first rule whose condition holds, or -1. */
    int match(JsonNode input, JsonNode effective, Activation activation) {
        JsonataBindings bindings = null;
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule instanceof PathRule path) {
                if (path.condition().test(effective, activation)) {
                    return i;
                }
                continue;
            }
            JsonataRule jsonata = (JsonataRule) rule;
            if (jsonata.condition() == null) {
                if (jsonata.constant()) {
                    return i;
                }
                continue;
            }
            bindings = bindings == null ? JsonataBindings.of(input, activation) : bindings;
            if (jsonata.condition().evaluate(bindings, jsonata.field(), "boolean").booleanValue()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Apply a matched rule: set its assigned variables and return its output, or {@code null} when the state's
     * processing gives the output.
     */
    @Nullable
    JsonNode apply(int index, JsonNode input, JsonNode effective, Activation activation) {
        Rule rule = rules.get(index);
        if (rule instanceof PathRule path) {
            if (path.assign() != null) {
                activation.assign(path.assign().evaluate(effective, activation));
            }
            return null;
        }
        JsonataRule jsonata = (JsonataRule) rule;
        JsonataBindings bindings = JsonataBindings.of(input, activation);
        if (jsonata.assign() != null) {
            activation.assign(jsonata.assign().evaluate(bindings));
        }
        return jsonata.output() == null ? null : jsonata.output().evaluate(bindings);
    }
}
