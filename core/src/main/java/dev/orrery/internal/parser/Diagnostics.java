package dev.orrery.internal.parser;

import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.Severity;
import dev.orrery.parse.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects diagnostics with their source positions and returns them in document order. */
final class Diagnostics {

    /** JSON syntax problem found. */
    static final String INVALID_JSON = "INVALID_JSON_DESCRIPTION";
    /** Schema validation reported errors. */
    static final String SCHEMA = "SCHEMA_VALIDATION_FAILED";
    /** The value of a {@code Next} field does not match a known state name, or a state is not reachable. */
    static final String MISSING_TARGET = "MISSING_TRANSITION_TARGET";
    /** The same state name appears more than once. */
    static final String DUPLICATE_STATE = "DUPLICATE_STATE_NAME";
    /** The state name does not follow the naming convention. */
    static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";
    /** The workflow does not have a terminal state. */
    static final String MISSING_END = "MISSING_END_STATE";
    /** The value of a Task-state resource field is invalid. */
    static final String INVALID_RESOURCE = "INVALID_RESOURCE";
    /** A label name appears more than once. */
    static final String DUPLICATE_LABEL = "DUPLICATE_LABEL_NAME";
    /** The label name is invalid. */
    static final String INVALID_LABEL = "INVALID_LABEL_NAME";
    /** A {@code ${...}} placeholder was left unsubstituted (Orrery's own code: AWS never sees one). */
    static final String UNRESOLVED = "UNRESOLVED_SUBSTITUTION";

    private final String source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private @Nullable JsonDocument document;

    Diagnostics(String source) {
        this.source = source;
    }

    /** Use the document's positions for the diagnostics reported from now on. */
    void attach(JsonDocument document) {
        this.document = document;
    }

    /** Keep a diagnostic found earlier, as it is. */
    void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    /** Report an error at the pointer. */
    void error(String code, String pointer, String message) {
        add(Severity.ERROR, code, pointer, message, position(pointer));
    }

    /** Report a warning at the pointer. */
    void warning(String code, String pointer, String message) {
        add(Severity.WARNING, code, pointer, message, position(pointer));
    }

    /** Report an error at an explicit position. */
    void errorAt(String code, String pointer, String message, SourcePosition position) {
        add(Severity.ERROR, code, pointer, message, position);
    }

    /** Return how many diagnostics were reported so far. */
    int count() {
        return diagnostics.size();
    }

    /** Forget the diagnostics reported since {@code from} whose location is one of the pointers. */
    void dropSince(int from, java.util.Set<String> pointers) {
        List<Diagnostic> later = diagnostics.subList(from, diagnostics.size());
        later.removeIf(diagnostic -> pointers.contains(diagnostic.location()));
    }

    /** Return whether an error was reported. */
    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Return the diagnostics sorted by position, in report order for equal positions. */
    List<Diagnostic> sorted() {
        List<Diagnostic> result = new ArrayList<>(diagnostics);
        result.sort(Comparator.comparingInt((Diagnostic d) -> line(d)).thenComparingInt(Diagnostics::column));
        return result;
    }

    private void add(Severity severity, String code, String pointer, String message, SourcePosition position) {
        diagnostics.add(new Diagnostic(severity, code, message, pointer, position));
    }

    private SourcePosition position(String pointer) {
        return document == null ? new SourcePosition(source, 1, 1) : document.position(pointer);
    }

    private static int line(Diagnostic diagnostic) {
        return diagnostic.position() == null ? 0 : diagnostic.position().line();
    }

    private static int column(Diagnostic diagnostic) {
        return diagnostic.position() == null ? 0 : diagnostic.position().column();
    }
}
