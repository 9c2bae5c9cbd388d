package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.ComparisonOperator;
import dev.orrery.model.Condition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Solves Choice rules: the values that make a condition hold or not, so that a run takes one rule (every earlier rule
 * false, that one true) or the {@code Default} (every rule false). A JSONata condition is first read into the same
 * model by {@link JsonataConditions}; what neither can read has no witness, and {@link #why} says which part.
 */
final class Witnesses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_VALUES = 4;

    private final Map<String, List<JsonNode>> pool;

    private Witnesses(Map<String, List<JsonNode>> pool) {
        this.pool = pool;
    }

    /** Return assignments that make the run take rule {@code index} of the Choice state, or -1 for its Default. */
    static List<Assignment> forBranch(ChoiceState choice, int index) {
        Map<String, List<JsonNode>> pool = new LinkedHashMap<>();
        choice.choices().forEach(rule -> collect(rule.condition(), pool));
        return new Witnesses(pool).branch(choice, index);
    }

    /**
     * Gather, per variable, the values every literal comparison of the state would use: a value one comparison picks
     * may make another one of an And hold too ({@code >= 20} and {@code < 30}).
     */
    private static void collect(Condition condition, Map<String, List<JsonNode>> pool) {
        Condition readable = JsonataConditions.readable(condition);
        if (readable instanceof Condition.Not not) {
            collect(not.condition(), pool);
        } else if (readable instanceof Condition.And and) {
            and.conditions().forEach(inner -> collect(inner, pool));
        } else if (readable instanceof Condition.Or or) {
            or.conditions().forEach(inner -> collect(inner, pool));
        } else if (readable instanceof Condition.Comparison comparison && !comparison.operator().isPath()) {
            List<JsonNode> values = pool.computeIfAbsent(comparison.variable(), variable -> new ArrayList<>());
            for (boolean holds : new boolean[] {true, false}) {
                Values.making(comparison.operator(), comparison.operand(), holds).stream()
                        .filter(value -> !value.isMissingNode() && !values.contains(value)).forEach(values::add);
            }
        }
    }

    private List<Assignment> branch(ChoiceState choice, int index) {
        List<List<Assignment>> parts = new ArrayList<>();
        int earlier = index < 0 ? choice.choices().size() : index;
        for (int i = 0; i < earlier; i++) {
            parts.add(when(choice.choices().get(i).condition(), false));
        }
        if (index >= 0) {
            parts.add(0, when(choice.choices().get(index).condition(), true));
        }
        return Assignment.allOf(parts);
    }

    /** Return assignments under which the condition comes out as {@code holds}; empty when none can be derived. */
    private List<Assignment> when(Condition condition, boolean holds) {
        if (condition instanceof Condition.Jsonata jsonata && jsonata.expression().isBoolean()) {
            return jsonata.expression().booleanValue() == holds ? List.of(Assignment.EMPTY) : List.of();
        }
        Condition readable = JsonataConditions.readable(condition);
        if (readable == null) {
            return List.of();
        }
        if (readable instanceof Condition.Not not) {
            return when(not.condition(), !holds);
        }
        if (readable instanceof Condition.And and) {
            List<List<Assignment>> parts = and.conditions().stream().map(c -> when(c, holds)).toList();
            return holds ? Assignment.allOf(parts) : Assignment.anyOf(parts);
        }
        if (readable instanceof Condition.Or or) {
            List<List<Assignment>> parts = or.conditions().stream().map(c -> when(c, holds)).toList();
            return holds ? Assignment.anyOf(parts) : Assignment.allOf(parts);
        }
        return comparison((Condition.Comparison) readable, holds);
    }

    /** Return the part of a condition that cannot be solved, described for a comment, or {@code null}. */
    static @Nullable String why(Condition condition) {
        Condition readable = JsonataConditions.readable(condition);
        if (readable == null) {
            return "the JSONata condition " + ((Condition.Jsonata) condition).expression()
                    + " is not a comparison of $states.input fields with literals";
        }
        if (readable instanceof Condition.Not not) {
            return why(not.condition());
        }
        List<Condition> parts = readable instanceof Condition.And and ? and.conditions()
                : readable instanceof Condition.Or or ? or.conditions() : List.of();
        for (Condition part : parts) {
            String reason = why(part);
            if (reason != null) {
                return reason;
            }
        }
        if (readable instanceof Condition.Comparison comparison) {
            if (Slot.ofJsonPath(comparison.variable()) == null) {
                return "its Variable " + comparison.variable() + " is a path Orrery cannot write an input for";
            }
            if (comparison.operator().isPath() && Slot.ofJsonPath(comparison.operand().asText()) == null) {
                return comparison.operator().aslName() + " compares with " + comparison.operand().asText();
            }
        }
        return null;
    }

    private List<Assignment> comparison(Condition.Comparison comparison, boolean holds) {
        Slot slot = Slot.ofJsonPath(comparison.variable());
        if (slot == null) {
            return List.of();
        }
        ComparisonOperator operator = comparison.operator();
        if (operator.isPath()) {
            Slot other = Slot.ofJsonPath(comparison.operand().asText());
            return other == null ? List.of() : PathComparisons.witnesses(operator, slot, other, holds);
        }
        List<JsonNode> values = new ArrayList<>(Values.making(operator, comparison.operand(), holds));
        for (JsonNode value : pool.getOrDefault(comparison.variable(), List.of())) {
            if (values.size() < MAX_VALUES && !values.contains(value)
                    && Values.satisfies(operator, comparison.operand(), value, holds)) {
                values.add(value);
            }
        }
        List<Assignment> alternatives = new ArrayList<>();
        for (JsonNode value : values) {
            alternatives.add(value.isMissingNode() ? Assignment.absent(slot) : Assignment.of(slot, value));
        }
        if (!holds && !operator.aslName().startsWith("Is")) {
            alternatives.add(Assignment.of(slot, NODES.nullNode()));
        }
        return alternatives;
    }
}
