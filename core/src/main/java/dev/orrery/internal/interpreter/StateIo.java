package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.State;
import org.jspecify.annotations.Nullable;

/**
 * A state's input and output processing in its query language, compiled once: what the handlers call to get the
 * effective input (JSONPath {@code InputPath}/{@code Parameters}, JSONata {@code Arguments}) and to turn a result into
 * the state output, setting the variables the state's {@code Assign} gives on the activation (stored at exit).
 */
sealed interface StateIo permits JsonPathIo, JsonataIo {

    /** Compile the processing of a state in its effective query language. */
    static StateIo compile(State state) {
        return state.queryLanguage() == QueryLanguage.JSONATA ? JsonataIo.compile(state) : JsonPathIo.compile(state);
    }

    /** Return the effective input: the task payload of a Task, what Choice rules and Wait paths read. */
    JsonNode effectiveInput(JsonNode input, Activation activation);

    /** Return the output of a state that produced a result (Task; later Parallel and Map). */
    JsonNode resultOutput(JsonNode input, JsonNode result, Activation activation);

    /** Return the output of a Pass state with the given {@code Result}, or {@code null} when it has none. */
    JsonNode passOutput(JsonNode input, @Nullable JsonNode result, Activation activation);

    /**
     * Return the output of a state that passes its input through (Choice, Wait, Succeed).
     *
     * @param effective the effective input, as {@link #effectiveInput} returned it
     * @param withAssign whether the state's own {@code Assign} applies (not when a Choice rule matched)
     */
    JsonNode passThrough(JsonNode input, JsonNode effective, Activation activation, boolean withAssign);
}
