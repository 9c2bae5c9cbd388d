package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataExpression;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.TaskState;
import org.jspecify.annotations.Nullable;

/** A Task state's TimeoutSeconds and HeartbeatSeconds, literal or resolved by path from the state input. */
final class TaskTimeouts {

    private final @Nullable Integer timeout;
    private final @Nullable CompiledPath timeoutPath;
    private final @Nullable Integer heartbeat;
    private final @Nullable CompiledPath heartbeatPath;
    private @Nullable JsonataExpression timeoutExpression;
    private @Nullable JsonataExpression heartbeatExpression;

    private TaskTimeouts(@Nullable Integer timeout, @Nullable CompiledPath timeoutPath, @Nullable Integer heartbeat,
            @Nullable CompiledPath heartbeatPath) {
        this.timeout = timeout;
        this.timeoutPath = timeoutPath;
        this.heartbeat = heartbeat;
        this.heartbeatPath = heartbeatPath;
    }

    static TaskTimeouts compile(TaskState state) {
        try {
            TaskTimeouts timeouts = new TaskTimeouts(literal(state.timeoutSeconds()), path(state.timeoutSecondsPath()),
                    literal(state.heartbeatSeconds()), path(state.heartbeatSecondsPath()));
            timeouts.timeoutExpression = expression(state.timeoutSeconds());
            timeouts.heartbeatExpression = expression(state.heartbeatSeconds());
            return timeouts;
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    @Nullable
    Integer timeoutSeconds(JsonNode input, Activation activation) {
        if (timeoutExpression != null) {
            return evaluate(timeoutExpression, "TimeoutSeconds", input, activation);
        }
        return timeoutPath == null ? timeout : resolve(timeoutPath, input, activation);
    }

    @Nullable
    Integer heartbeatSeconds(JsonNode input, Activation activation) {
        if (heartbeatExpression != null) {
            return evaluate(heartbeatExpression, "HeartbeatSeconds", input, activation);
        }
        return heartbeatPath == null ? heartbeat : resolve(heartbeatPath, input, activation);
    }

    private static Integer resolve(CompiledPath path, JsonNode input, Activation activation) {
        JsonNode value = path.select(input, activation);
        if (value == null) {
            throw StatesException.runtime("Invalid path '" + path.text() + "' : No results for path: "
                    + bracketed(path.text()));
        }
        return value.asInt();
    }

    private static String bracketed(String path) {
        StringBuilder out = new StringBuilder("$");
        for (String part : path.substring(1).split("\\.")) {
            if (!part.isEmpty()) {
                out.append("['").append(part).append("']");
            }
        }
        return out.toString();
    }

    private static @Nullable Integer literal(@Nullable JsonNode value) {
        return value != null && value.isIntegralNumber() ? value.intValue() : null;
    }

    private static Integer evaluate(JsonataExpression expression, String field, JsonNode input,
            Activation activation) {
        return expression.evaluate(JsonataBindings.of(input, activation), field, "number").intValue();
    }

    private static @Nullable JsonataExpression expression(@Nullable JsonNode value) throws ExpressionSyntaxException {
        return value != null && value.isTextual() && JsonataExpression.isExpression(value.textValue())
                ? JsonataExpression.compileDelimited(value.textValue()) : null;
    }

    private static @Nullable CompiledPath path(@Nullable String text) throws ExpressionSyntaxException {
        return text == null ? null : CompiledPath.compile(text);
    }
}
