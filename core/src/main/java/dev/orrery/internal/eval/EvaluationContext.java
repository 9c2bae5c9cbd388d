package dev.orrery.internal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** What an expression may read besides the state input: the Context object, variables and the seeded random source. */
public interface EvaluationContext {

    /** Return the Context object ({@code $$}). */
    JsonNode contextObject();

    /** Return the value of the workflow variable {@code $name}, or {@code null} when it is not defined. */
    @Nullable
    JsonNode variable(String name);

    /** Return the execution's seeded random source (the only randomness allowed). */
    SplittableRandom random();

    /**
     * Return {@code $$.Map.Item.<field>} ({@code Value} or {@code Index}) when this is the context of a Map item that
     * gives it without building its Context object, else {@code null}: a path then reads the Context object.
     */
    default @Nullable JsonNode mapItemField(String field) {
        return null;
    }

    /** Return a context with the given Context object, no variables and a random source seeded with 0. */
    static EvaluationContext of(JsonNode contextObject) {
        return of(contextObject, Map.of(), 0L);
    }

    /** Return a context with the given Context object, variables and a random source seeded with {@code seed}. */
    static EvaluationContext of(JsonNode contextObject, Map<String, JsonNode> variables, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new EvaluationContext() {
            @Override
            public JsonNode contextObject() {
                return contextObject;
            }

            @Override
            public @Nullable JsonNode variable(String name) {
                return variables.get(name);
            }

            @Override
            public SplittableRandom random() {
                return random;
            }
        };
    }
}
