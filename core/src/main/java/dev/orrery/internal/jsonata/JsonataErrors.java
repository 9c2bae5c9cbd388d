package dev.orrery.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The error name and cause texts AWS Step Functions gives when a JSONata expression fails, word for word.
 *
 * <p>Causes are given without AWS's prefix {@code An error occurred while executing the state '<name>' (entered at
 * the event id #<id>). }: the interpreter adds it.
 */
public final class JsonataErrors {

    /** The error AWS raises when a JSONata expression fails or returns nothing. */
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

    private JsonataErrors() {}

    /** Return the cause for an expression that returned undefined (recorded on AWS). */
    public static String undefined(String expression, String field) {
        return head(expression, field) + " returned nothing (undefined).";
    }

    /** Return the cause for an expression that threw, e.g. {@code ... threw an error during evaluation. T1006: ...}. */
    public static String threw(String expression, String field, String error) {
        return head(expression, field) + " threw an error during evaluation. " + error;
    }

    /**
     * Return the cause for an expression that exceeded an evaluation bound: AWS separates a bound's message, which
     * has no error code, with a colon ({@code ... threw an error during evaluation: Stack overflow error: ...}).
     */
    public static String exceededBound(String expression, String field, String message) {
        return head(expression, field) + " threw an error during evaluation: " + message;
    }

    /** Return the cause for a result of the wrong JSON type (recorded on AWS for Map {@code Items}). */
    public static String unexpectedType(String expression, String field, String expected, JsonNode value) {
        return head(expression, field) + " returned an unexpected result type. Expected '" + expected
                + "', but was '" + JsonataValues.typeName(value) + "' for value: " + value;
    }

    /** Return the cause for a result that is not JSON, e.g. a function (recorded on AWS for Map {@code Items}). */
    public static String unsupportedType(String expression, String field) {
        return head(expression, field) + " returned an unsupported result type.";
    }

    private static String head(String expression, String field) {
        return "The JSONata expression '" + expression + "' specified for the field '" + field + "'";
    }
}
