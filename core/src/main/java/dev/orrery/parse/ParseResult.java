package dev.orrery.parse;

import dev.orrery.model.StateMachine;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What {@link AslParser} made of a definition: the state machine when it is valid, and every diagnostic.
 *
 * @param stateMachine the model, or {@code null} when the definition has errors
 * @param diagnostics every error and warning, in document order, never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ParseResult(@Nullable StateMachine stateMachine, List<Diagnostic> diagnostics) {

    /**
     * Copy the diagnostics.
     *
     * @param stateMachine the model, or {@code null} when the definition has errors
     * @param diagnostics every error and warning, in document order, never {@code null}
     */
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Return whether the definition has no error (warnings allowed).
     *
     * @return {@code true} when no diagnostic is an error
     */
    public boolean isValid() {
        return stateMachine != null && diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /**
     * Return the errors only.
     *
     * @return the error diagnostics, in order
     */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /**
     * Return the state machine, or throw when the definition is invalid.
     *
     * @throws InvalidDefinitionException listing every error
     * @return the state machine
     */
    public StateMachine orThrow() {
        if (!isValid() || stateMachine == null) {
            throw new InvalidDefinitionException(errors());
        }
        return stateMachine;
    }
}
