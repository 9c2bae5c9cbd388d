package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataErrors;
import dev.orrery.internal.jsonata.JsonataExpression;
import dev.orrery.model.WaitDuration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A Wait state's JSONata {@code Seconds} or {@code Timestamp}: when the wait ends. */
final class JsonataWaitTime {

    private JsonataWaitTime() {}

    /**
     * Return the instant the wait ends.
     *
     * @throws StatesException {@code States.QueryEvaluationError} when the expression fails or its value is not a
     *     non-negative integer (Seconds) or an RFC 3339 timestamp (Timestamp)
     */
    static Instant until(JsonataExpression expression, WaitDuration duration, JsonNode input, Activation activation) {
        JsonataBindings bindings = JsonataBindings.of(input, activation);
        if (duration instanceof WaitDuration.Seconds) {
            JsonNode value = expression.evaluate(bindings, "Seconds", "number");
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                throw new StatesException(JsonataErrors.QUERY_EVALUATION_ERROR, "The Seconds field must be a "
                        + "non-negative integer but was: " + value);
            }
            return WaitHandler.after(activation.run().now(), value.asLong());
        }
        JsonNode value = expression.evaluate(bindings, "Timestamp", "string");
        try {
            return OffsetDateTime.parse(value.textValue()).toInstant();
        } catch (DateTimeParseException e) {
            throw new StatesException(JsonataErrors.QUERY_EVALUATION_ERROR, "The Timestamp field cannot be parsed as "
                    + "an ISO-8601 extended offset date-time format string: " + value.textValue());
        }
    }
}
