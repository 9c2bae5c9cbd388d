package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import java.util.StringTokenizer;

/**
 * {@code States.StringSplit(string, delimiters)}: the tokens between delimiter characters. Every character of the
 * second argument is a delimiter and empty tokens are dropped: AWS split {@code "a,,,b"} by {@code ","} into {@code
 * ["a","b"]} in a recorded execution.
 */
final class StatesStringSplit extends StatesFunction {

    static final String NAME = "States.StringSplit";

    StatesStringSplit(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.of(ArgType.STRING, ArgType.STRING), arguments);
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        ArrayNode tokens = JsonNodeFactory.instance.arrayNode();
        StringTokenizer tokenizer = new StringTokenizer(values.get(0).textValue(), values.get(1).textValue());
        while (tokenizer.hasMoreTokens()) {
            tokens.add(tokenizer.nextToken());
        }
        return tokens;
    }
}
