package dev.orrery.parse;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Thrown when a definition that has errors is about to be used; its message lists every error, one per line. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * Create the exception for the given errors.
     *
     * @param diagnostics the errors, never {@code null} or empty
     */
    public InvalidDefinitionException(List<Diagnostic> diagnostics) {
        super(format(diagnostics), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Return the errors that make the definition invalid.
     *
     * @return the error diagnostics
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String format(List<Diagnostic> diagnostics) {
        return "Invalid state machine definition (" + diagnostics.size() + " error"
                + (diagnostics.size() == 1 ? "" : "s") + "):\n"
                + diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
    }
}
