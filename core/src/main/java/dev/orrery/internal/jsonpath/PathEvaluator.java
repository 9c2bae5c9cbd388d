package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * One compiled construct of a JSONPath, applied to a document: field access, array index, a chain of those, the
 * document itself, or the Jayway fallback for the complex forms.
 */
sealed interface PathEvaluator permits CurrentNode, FieldAccess, IndexAccess, StepChain, JaywayPath {

    /** Return the value selected from the node, or {@code null} when nothing matches. */
    @Nullable
    JsonNode evaluate(JsonNode node);
}
