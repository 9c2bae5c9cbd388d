package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.eval.EvaluationContext;

/** Test helpers: JSON from text (backquotes stand for double quotes) and a context. */
final class DataflowJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final EvaluationContext CONTEXT = EvaluationContext.of(
            json("{`Execution`:{`Id`:`arn:x`,`Input`:{`k`:1}},`State`:{`Name`:`pass`}}"));

    private DataflowJson() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('`', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
