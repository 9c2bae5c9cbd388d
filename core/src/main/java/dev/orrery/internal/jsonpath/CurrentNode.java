package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;

/** The path {@code $} alone: selects the document itself. */
enum CurrentNode implements PathEvaluator {
    /** The only instance. */
    INSTANCE;

    @Override
    public JsonNode evaluate(JsonNode node) {
        return node;
    }
}
