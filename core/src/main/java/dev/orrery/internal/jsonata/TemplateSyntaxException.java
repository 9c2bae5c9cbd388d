package dev.orrery.internal.jsonata;

import dev.orrery.internal.eval.ExpressionSyntaxException;

/** An invalid expression in a {@link JsonataTemplate}, with the field path it was written at. */
public final class TemplateSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final ExpressionSyntaxException syntaxError;

    /** Create the exception for the expression at the field path. */
    public TemplateSyntaxException(String field, ExpressionSyntaxException syntaxError) {
        super("Invalid JSONata expression at '" + field + "': " + syntaxError.getMessage(), null, false, false);
        this.field = field;
        this.syntaxError = syntaxError;
    }

    /** Return the field path of the invalid expression, e.g. {@code Output/result}. */
    public String field() {
        return field;
    }

    /** Return the expression's syntax error (message and offset within the string value). */
    public ExpressionSyntaxException syntaxError() {
        return syntaxError;
    }
}
