package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataExpression;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.WaitDuration;
import dev.orrery.model.WaitState;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Wait: suspends the fiber on the virtual clock for Seconds, or until Timestamp; costs no wall time. */
final class WaitHandler extends CompiledState {

    private final WaitState state;
    private final StateIo io;
    private final @Nullable CompiledPath path;
    private final @Nullable JsonataExpression expression;
    private @Nullable CompiledState next;

    WaitHandler(WaitState state, StateIo io) {
        super(state);
        this.state = state;
        this.io = io;
        this.path = compilePath(state);
        this.expression = compileExpression(state);
    }

    @Override
    void link(CompiledGraph graph) {
        next = graph.target(state.transition());
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        JsonNode effective = io.effectiveInput(input, activation);
        Instant until = expression == null ? until(activation, effective)
                : JsonataWaitTime.until(expression, state.duration(), input, activation);
        Duration delay = until.isAfter(activation.run().now())
                ? Duration.between(activation.run().now(), until) : Duration.ZERO;
        return new StepResult.Await(delay,
                () -> new StepResult.Continue(next, io.passThrough(input, effective, activation, true)));
    }

    private Instant until(Activation activation, JsonNode effective) {
        Instant now = activation.run().now();
        WaitDuration duration = state.duration();
        if (duration instanceof WaitDuration.Seconds seconds) {
            return after(now, seconds.value().asLong());
        }
        if (duration instanceof WaitDuration.Timestamp timestamp) {
            return parseTimestamp(timestamp.value().asText());
        }
        JsonNode value = path.select(effective, activation);
        String field = duration instanceof WaitDuration.SecondsPath ? "SecondsPath" : "TimestampPath";
        if (value == null) {
            throw StatesException.runtime("The " + field + " parameter does not reference an input value: "
                    + path.text());
        }
        return duration instanceof WaitDuration.SecondsPath ? after(now, seconds(value))
                : timestampAt(value);
    }

    /**
     * Return the instant some seconds after now, or the last instant there is when that lies beyond it: a wait that
     * long outlasts the execution's maximum duration, which times the execution out first.
     */
    static Instant after(Instant now, long seconds) {
        return seconds > Instant.MAX.getEpochSecond() - now.getEpochSecond() ? Instant.MAX : now.plusSeconds(seconds);
    }

    private long seconds(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw StatesException.runtime("The SecondsPath parameter cannot be parsed as a long value: "
                    + path.text() + " == " + render(value));
        }
        if (value.asLong() < 0) {
            throw StatesException.runtime("The SecondsPath parameter references a negative value: "
                    + path.text() + " == " + render(value));
        }
        return value.asLong();
    }

    private Instant timestampAt(JsonNode value) {
        try {
            if (value.isTextual()) {
                return parseTimestamp(value.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below with AWS's text
        }
        throw StatesException.runtime("The TimestampPath parameter does not reference a valid ISO-8601 extended "
                + "offset date-time format string: " + path.text() + " == " + render(value));
    }

    private static Instant parseTimestamp(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static String render(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static @Nullable JsonataExpression compileExpression(WaitState state) {
        JsonNode value = state.duration() instanceof WaitDuration.Seconds seconds ? seconds.value()
                : state.duration() instanceof WaitDuration.Timestamp timestamp ? timestamp.value() : null;
        try {
            return value != null && value.isTextual() && JsonataExpression.isExpression(value.textValue())
                    ? JsonataExpression.compileDelimited(value.textValue()) : null;
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    private static @Nullable CompiledPath compilePath(WaitState state) {
        String text = state.duration() instanceof WaitDuration.SecondsPath seconds ? seconds.path()
                : state.duration() instanceof WaitDuration.TimestampPath timestamp ? timestamp.path() : null;
        try {
            return text == null ? null : CompiledPath.compile(text);
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }
}
