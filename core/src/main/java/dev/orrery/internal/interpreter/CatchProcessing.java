package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataTemplate;
import dev.orrery.internal.variables.AssignedVariables;
import dev.orrery.internal.variables.JsonPathAssign;
import dev.orrery.internal.variables.JsonataAssign;
import dev.orrery.model.Catcher;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.State;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Output} and {@code Assign} of a state's catchers, compiled once in the state's query language. Only the
 * catcher's own {@code Assign} applies (not the state's); it reads the error output {@code {"Error","Cause"}}.
 */
final class CatchProcessing {

    static final CatchProcessing NONE = new CatchProcessing(Map.of());

    private final Map<Catcher, Compiled> compiled;

    private CatchProcessing(Map<Catcher, Compiled> compiled) {
        this.compiled = compiled;
    }

    private record Compiled(boolean jsonata, @Nullable JsonataTemplate output, @Nullable JsonataAssign jsonataAssign,
            @Nullable JsonPathAssign jsonPathAssign) {}

    static CatchProcessing compile(State state, ErrorHandling handling) {
        List<Catcher> catchers = handling.catchers();
        if (catchers.isEmpty()) {
            return NONE;
        }
        boolean jsonata = state.queryLanguage() == QueryLanguage.JSONATA;
        Map<Catcher, Compiled> compiled = new IdentityHashMap<>();
        for (int i = 0; i < catchers.size(); i++) {
            Catcher catcher = catchers.get(i);
            String prefix = "Catch[" + i + "]/";
            try {
                JsonNode assign = catcher.assign();
                compiled.put(catcher, jsonata
                        ? new Compiled(true, JsonataIo.template(catcher.output(), prefix + "Output"),
                                assign == null ? null : JsonataAssign.compile(assign, prefix + "Assign"), null)
                        : new Compiled(false, null, null,
                                assign == null ? null : JsonPathAssign.compile(assign, prefix + "Assign")));
            } catch (ExpressionSyntaxException e) {
                throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
            }
        }
        return new CatchProcessing(compiled);
    }

    /**
     * Return the output of a caught error and set the catcher's assigned variables on the activation.
     *
     * @throws dev.orrery.internal.eval.StatesException when an expression of the catcher fails
     */
    JsonNode output(ErrorHandler.CompiledCatcher catcher, Activation activation, String error,
            @Nullable String cause) {
        activation.assign(AssignedVariables.none());
        ObjectNode errorOutput = ErrorHandler.errorOutput(error, cause);
        Compiled found = compiled.get(catcher.catcher());
        if (found == null || !found.jsonata()) {
            if (found != null && found.jsonPathAssign() != null) {
                activation.assign(found.jsonPathAssign().evaluate(errorOutput, activation));
            }
            return ErrorHandler.caughtOutput(catcher, activation.input(), errorOutput);
        }
        JsonataBindings bindings = JsonataBindings.of(activation.input(), activation).withErrorOutput(errorOutput);
        if (found.jsonataAssign() != null) {
            activation.assign(found.jsonataAssign().evaluate(bindings));
        }
        return found.output() == null ? errorOutput : found.output().evaluate(bindings);
    }
}
