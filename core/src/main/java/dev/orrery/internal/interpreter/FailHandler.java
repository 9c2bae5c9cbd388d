package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.intrinsics.IntrinsicFunctions;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataExpression;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.FailState;
import org.jspecify.annotations.Nullable;

/** Fail: ends the execution with Error and Cause, literal or taken from the input by ErrorPath and CausePath. */
final class FailHandler extends CompiledState {

    private final FailState state;
    private final @Nullable Field errorPath;
    private final @Nullable Field causePath;

    FailHandler(FailState state) {
        super(state);
        this.state = state;
        this.errorPath = state.errorPath() == null ? jsonata(state, "Error", state.error())
                : field(state, "ErrorPath", state.errorPath());
        this.causePath = state.causePath() == null ? jsonata(state, "Cause", state.cause())
                : field(state, "CausePath", state.causePath());
    }

    @Override
    void link(CompiledGraph graph) {
        // a Fail state has no transition
    }

    @Override
    StepResult execute(Activation activation, JsonNode input) {
        String error = errorPath == null ? state.error() : errorPath.evaluate(input, activation);
        String cause = causePath == null ? state.cause() : causePath.evaluate(input, activation);
        return new StepResult.Terminated(error, cause);
    }

    private static @Nullable Field jsonata(FailState state, String name, @Nullable String text) {
        if (text == null || !JsonataExpression.isExpression(text)) {
            return null;
        }
        try {
            JsonataExpression expression = JsonataExpression.compileDelimited(text);
            return (input, context) -> expression.evaluate(JsonataBindings.of(input, context), name, "string")
                    .textValue();
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    private static @Nullable Field field(FailState state, String name, @Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            if (IntrinsicFunctions.isIntrinsic(text)) {
                IntrinsicFunctions.Expression expression = IntrinsicFunctions.compile(text);
                return (input, context) -> expression.evaluate(input, context).asText();
            }
            CompiledPath path = CompiledPath.compile(text);
            return (input, context) -> {
                JsonNode value = path.select(input, context);
                if (value == null) {
                    throw StatesException.runtime("The JSONPath '" + text + "' specified for the field '" + name
                            + "' could not be found in the input '" + input + "'");
                }
                return value.isTextual() ? value.asText() : value.toString();
            };
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Field {
        String evaluate(JsonNode input, Activation activation);
    }
}
