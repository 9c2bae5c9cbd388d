package dev.orrery.internal.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * The error names and cause texts AWS Step Functions gives when JSONPath data flow fails, word for word.
 *
 * <p>{@code States.Runtime} causes are given without AWS's prefix {@code An error occurred while executing the state
 * '<name>' (entered at the event id #<id>). }: the interpreter, which knows the state and the event id, adds it.
 * {@code States.ReferencePathConflict} causes carry no prefix on AWS. JSON values are quoted compactly (Jackson's
 * serialisation, as AWS does).
 */
public final class DataflowErrors {

    /** The error AWS raises when a {@code ResultPath} cannot be applied to the state input. */
    public static final String REFERENCE_PATH_CONFLICT = "States.ReferencePathConflict";

    private DataflowErrors() {}

    /**
     * Return the cause for a payload template binding whose path found nothing, e.g. {@code The JSONPath '$.x'
     * specified for the field 'x.$' could not be found in the input '{"a":1}'}. For {@code $$} paths AWS quotes the
     * Context object as the input.
     */
    public static String pathNotFoundInInput(String path, String field, @Nullable JsonNode document) {
        return "The JSONPath '" + path + "' specified for the field '" + field + "' could not be found in the input '"
                + json(document) + "'";
    }

    /**
     * Return the cause for an {@code InputPath} or {@code OutputPath} that found nothing, e.g. {@code Invalid path
     * '$.x' : No results for path: $['x']} (the text after the colon is Jayway's).
     */
    public static String invalidPath(String path, String reason) {
        return "Invalid path '" + path + "' : " + reason;
    }

    /** Return the cause for a {@code ResultPath} applied to an input that is not an object. */
    public static String referencePathNotApplicable(String path, JsonNode input) {
        return "Unable to apply ReferencePath " + path + " to input " + json(input);
    }

    /** Return the cause for a {@code ResultPath} step that meets a value that is neither missing nor an object. */
    public static String stepNotApplicable(String step, JsonNode input) {
        return "Unable to apply step \"" + step + "\" to input " + json(input);
    }

    /** Return the compact JSON text of a value ({@code null} for a missing one). */
    public static String json(@Nullable JsonNode value) {
        return value == null ? "null" : value.toString();
    }
}
