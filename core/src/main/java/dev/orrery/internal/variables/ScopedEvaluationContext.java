package dev.orrery.internal.variables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EvaluationContext} whose {@code variable(name)} reads a {@link VariableScope}, so JSONPath paths
 * ({@code $name.field}), intrinsic functions and JSONata expressions see the workflow variables. The Context object
 * and the random source come from the wrapped context.
 */
public final class ScopedEvaluationContext implements EvaluationContext {

    private final EvaluationContext delegate;
    private final VariableScope scope;

    /** Create the context reading variables from the scope. */
    public ScopedEvaluationContext(EvaluationContext delegate, VariableScope scope) {
        this.delegate = delegate;
        this.scope = scope;
    }

    @Override
    public JsonNode contextObject() {
        return delegate.contextObject();
    }

    @Override
    public @Nullable JsonNode variable(String name) {
        return scope.get(name);
    }

    @Override
    public SplittableRandom random() {
        return delegate.random();
    }

    /** Return the scope the variables are read from. */
    public VariableScope scope() {
        return scope;
    }
}
