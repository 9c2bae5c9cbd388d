package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** What a Map state's ItemSelector (or legacy Parameters) sees: the state's context plus {@code $$.Map.Item}. */
final class MapItemContext implements EvaluationContext {

    private final Activation activation;
    private final int index;
    private final JsonNode value;
    private @Nullable JsonNode contextObject;

    MapItemContext(Activation activation, int index, JsonNode value) {
        this.activation = activation;
        this.index = index;
        this.value = value;
    }

    @Override
    public JsonNode contextObject() {
        JsonNode object = contextObject;
        if (object == null) {
            object = ContextObjects.withMapItem(activation.contextObject(), index, value);
            contextObject = object;
        }
        return object;
    }

    @Override
    public @Nullable JsonNode variable(String name) {
        return activation.variable(name);
    }

    @Override
    public SplittableRandom random() {
        return activation.random();
    }
}
