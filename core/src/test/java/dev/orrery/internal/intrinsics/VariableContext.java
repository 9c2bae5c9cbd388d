package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** A test context with one workflow variable. */
record VariableContext(String name, JsonNode value) implements EvaluationContext {

    @Override
    public JsonNode contextObject() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public @Nullable JsonNode variable(String variable) {
        return variable.equals(name) ? value : null;
    }

    @Override
    public SplittableRandom random() {
        return new SplittableRandom(0L);
    }
}
