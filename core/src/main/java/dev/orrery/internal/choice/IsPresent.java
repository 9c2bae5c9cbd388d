package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;

/**
 * {@code IsPresent}: whether the {@code Variable} selects a value (a JSON {@code null} is present). The only
 * operator that does not fail on a path that selects nothing.
 */
record IsPresent(ChoicePath variable, boolean expected) implements CompiledCondition {

    @Override
    public boolean test(JsonNode input, EvaluationContext context) {
        return (variable.select(input, context) != null) == expected;
    }
}
