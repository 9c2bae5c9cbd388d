package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import org.jspecify.annotations.Nullable;

/**
 * A comparison of the {@code Variable}'s value with an operand by ordering. Both paths are resolved first (a path
 * that selects nothing fails the state); a value of the wrong type makes the comparison false.
 *
 * @param <T> the compared type
 */
abstract sealed class OrderedComparison<T extends Comparable<? super T>> implements CompiledCondition
        permits StringComparison, NumericComparison, TimestampComparison {

    private final ChoicePath variable;
    private final Relation relation;
    private final Operand<T> operand;

    OrderedComparison(ChoicePath variable, Relation relation, Operand<T> operand) {
        this.variable = variable;
        this.relation = relation;
        this.operand = operand;
    }

    /** Return the value as the compared type, or {@code null} when it is of another type. */
    abstract @Nullable T convert(JsonNode value);

    @Override
    public final boolean test(JsonNode input, EvaluationContext context) {
        JsonNode value = variable.resolve(input, context);
        T right = operand.value(input, context);
        T left = convert(value);
        return left != null && right != null && relation.holds(left.compareTo(right));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + variable + " " + relation + " " + operand + ")";
    }
}
