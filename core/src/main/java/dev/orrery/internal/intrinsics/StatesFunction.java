package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A compiled {@code States.*} call. Subclasses state their {@link Signature} and extra rules once in {@link
 * #check}; the rules run at compile time over the literal arguments and at run time over all of them.
 */
abstract class StatesFunction implements IntrinsicFunctions.Expression {

    /** The error name of every failed intrinsic call. */
    static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";

    private final String name;
    private final Signature signature;
    private final List<Argument> arguments;

    /**
     * Check the argument count and the literal arguments.
     *
     * @throws ExpressionSyntaxException when the count is wrong or a literal breaks the function's rules
     */
    StatesFunction(String name, Signature signature, List<Argument> arguments) throws ExpressionSyntaxException {
        this.name = name;
        this.signature = signature;
        this.arguments = List.copyOf(arguments);
        if (!signature.acceptsCount(arguments.size())) {
            throw new ExpressionSyntaxException(Causes.wrongCount(name, signature, arguments.size()), -1);
        }
        List<@Nullable JsonNode> constants = new ArrayList<>();
        for (Argument argument : arguments) {
            constants.add(argument.constant());
        }
        try {
            signature.checkTypes(name, constants);
            check(constants);
        } catch (InvalidArgumentException e) {
            throw new ExpressionSyntaxException(String.valueOf(e.getMessage()), -1);
        }
    }

    /** Return the function's name, e.g. {@code States.Format}. */
    final String name() {
        return name;
    }

    /** Return the arguments as written. */
    final List<Argument> arguments() {
        return arguments;
    }

    @Override
    public final JsonNode evaluate(JsonNode input, EvaluationContext context) {
        List<JsonNode> values = new ArrayList<>(arguments.size());
        for (Argument argument : arguments) {
            values.add(argument.evaluate(input, context));
        }
        List<JsonNode> view = Collections.unmodifiableList(values);
        try {
            signature.checkTypes(name, view);
            check(view);
            return apply(view, context);
        } catch (InvalidArgumentException e) {
            throw new StatesException(INTRINSIC_FAILURE, e.getMessage());
        }
    }

    /**
     * Check the rules beyond the argument types.
     *
     * @param values the argument values, {@code null} where not known yet (compile time)
     * @throws InvalidArgumentException when a value breaks a rule
     */
    void check(List<@Nullable JsonNode> values) {
        // most functions need no more than their signature
    }

    /**
     * Compute the result from arguments that passed the checks.
     *
     * @throws InvalidArgumentException when the arguments turn out unusable
     */
    abstract JsonNode apply(List<JsonNode> values, EvaluationContext context);
}
