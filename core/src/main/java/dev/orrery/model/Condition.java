package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apiguardian.api.API;

/** A boolean expression of a Choice rule: a comparison, a combination with And, Or, Not, or a JSONata condition. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Condition
        permits Condition.Comparison, Condition.And, Condition.Or, Condition.Not, Condition.Jsonata {

    /**
     * A data-test expression: {@code "Variable": path} with one comparison operator.
     *
     * @param variable the {@code Variable} path, never {@code null}
     * @param operator the comparison operator, never {@code null}
     * @param operand the operator's value: a literal, or for {@code *Path} operators the path as a text node
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Comparison(String variable, ComparisonOperator operator, JsonNode operand) implements Condition {}

    /**
     * {@code And}: holds when every condition holds.
     *
     * @param conditions the operands, never {@code null}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record And(List<Condition> conditions) implements Condition {
        /**
         * Copy the operands.
         *
         * @param conditions the operands, never {@code null}
         */
        public And {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * {@code Or}: holds when any condition holds.
     *
     * @param conditions the operands, never {@code null}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Or(List<Condition> conditions) implements Condition {
        /**
         * Copy the operands.
         *
         * @param conditions the operands, never {@code null}
         */
        public Or {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * {@code Not}: holds when the condition does not.
     *
     * @param condition the operand, never {@code null}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Not(Condition condition) implements Condition {}

    /**
     * A JSONata {@code Condition}: {@code "{% expression %}"} or a boolean literal.
     *
     * @param expression the condition as written, never {@code null}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Jsonata(JsonNode expression) implements Condition {}
}
