package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.QueryLanguage;

/** Checks a nested graph: a Parallel branch or a Map state's ItemProcessor. */
interface BranchChecker {

    /** Check the graph at the pointer; {@code processor} allows a {@code ProcessorConfig}. */
    void checkBranch(JsonNode branch, String pointer, QueryLanguage language, boolean processor);
}
