package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.Timestamps;
import java.util.function.Predicate;

/**
 * {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean}, {@code IsTimestamp}: whether the
 * {@code Variable}'s value is of a kind, compared with the operator's boolean. The {@code Variable} must select a
 * value: only {@code IsPresent} tolerates a path that selects nothing.
 */
record TypeTest(ChoicePath variable, Kind kind, boolean expected) implements CompiledCondition {

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        return kind.test(variable.resolve(input, context)) == expected;
    }

    /** The kinds of value the {@code Is*} operators test for. */
    enum Kind {
        /** {@code IsNull}: the JSON literal {@code null}. */
        NULL(JsonNode::isNull),
        /** {@code IsNumeric}: a JSON number. */
        NUMERIC(JsonNode::isNumber),
        /** {@code IsString}: a JSON string. */
        STRING(JsonNode::isTextual),
        /** {@code IsBoolean}: a JSON boolean. */
        BOOLEAN(JsonNode::isBoolean),
        /** {@code IsTimestamp}: a JSON string holding a timestamp Step Functions accepts. */
        TIMESTAMP(node -> node.isTextual() && Timestamps.isTimestamp(node.textValue()));

        private final Predicate<JsonNode> test;

        Kind(Predicate<JsonNode> test) {
            this.test = test;
        }

        boolean test(JsonNode value) {
            return test.test(value);
        }
    }
}
