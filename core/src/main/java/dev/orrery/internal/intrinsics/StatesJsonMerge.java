package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code States.JsonMerge(left, right, false)}: a shallow merge where the right object's fields replace the left's.
 * Step Functions supports only the shallow mode, so the flag must be {@code false}.
 */
final class StatesJsonMerge extends StatesFunction {

    static final String NAME = "States.JsonMerge";

    StatesJsonMerge(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.OBJECT, ArgType.OBJECT, ArgType.BOOLEAN), arguments);
    }

    @Override
    void check(List<@Nullable JsonNode> values) {
        JsonNode deep = values.get(2);
        if (deep != null && deep.booleanValue()) {
            throw new InvalidArgumentException(
                    Causes.invalid(NAME, "the deep merging mode is not supported; the third argument must be false"));
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        ObjectNode merged = (ObjectNode) values.get(0).deepCopy();
        merged.setAll((ObjectNode) values.get(1).deepCopy());
        return merged;
    }
}
