package dev.orrery.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One JSONata expression compiled once (dashjoin JSONata) and evaluated many times against {@link JsonataBindings}.
 *
 * <p>Failures raise {@code States.QueryEvaluationError} with AWS's cause texts, which name the expression and the
 * field path it was written at ({@code Output/result}, {@code Arguments}, {@code Assign/x}...).
 */
public final class JsonataExpression {

    private static final String OPEN = "{%";
    private static final String CLOSE = "%}";
    private static final Pattern VARIABLE = Pattern.compile("\\$([\\p{L}_][\\p{L}\\p{N}_]*)");

    private final String text;
    private final Jsonata compiled;
    private final List<String> variables;

    private JsonataExpression(String text, Jsonata compiled, List<String> variables) {
        this.text = text;
        this.compiled = compiled;
        this.variables = variables;
    }

    /** Return whether a string is a JSONata expression: it starts with {@code {%} and ends with {@code %}}. */
    public static boolean isExpression(String value) {
        return value.length() >= OPEN.length() + CLOSE.length() && value.startsWith(OPEN) && value.endsWith(CLOSE);
    }

    /**
     * Compile a {@code {% ... %}} string.
     *
     * @throws ExpressionSyntaxException when the string is not delimited or the expression is not valid JSONata; the
     *     offset is within the whole string
     */
    public static JsonataExpression compileDelimited(String value) throws ExpressionSyntaxException {
        if (!isExpression(value)) {
            throw new ExpressionSyntaxException("a JSONata expression must be written as {% expression %}", 0);
        }
        String inner = value.substring(OPEN.length(), value.length() - CLOSE.length());
        int leading = inner.length() - inner.stripLeading().length();
        return compile(inner.strip(), OPEN.length() + leading);
    }

    /**
     * Compile a field's value when it is a {@code {% ... %}} string; any other value (a number, a path, absent) is
     * not an expression.
     *
     * @throws ExpressionSyntaxException when the expression is not valid JSONata
     */
    public static @Nullable JsonataExpression compileIfExpression(@Nullable JsonNode value)
            throws ExpressionSyntaxException {
        return value != null && value.isTextual() && isExpression(value.asText()) ? compileDelimited(value.asText())
                : null;
    }

    /**
     * Compile an expression given without its delimiters.
     *
     * @throws ExpressionSyntaxException when the expression is not valid JSONata
     */
    public static JsonataExpression compile(String expression) throws ExpressionSyntaxException {
        return compile(expression.strip(), 0);
    }

    private static JsonataExpression compile(String text, int offset) throws ExpressionSyntaxException {
        if (text.isEmpty()) {
            throw new ExpressionSyntaxException("the JSONata expression is empty", offset);
        }
        try {
            Jsonata compiled = Jsonata.jsonata(text);
            compiled.setOutputConvertNulls(false);
            return new JsonataExpression(text, compiled, List.copyOf(referencedNames(text)));
        } catch (JException e) {
            throw new ExpressionSyntaxException(describe(e), offset + Math.max(0, e.getLocation()));
        } catch (RuntimeException e) {
            throw new ExpressionSyntaxException("invalid JSONata expression: " + e.getMessage(), offset);
        }
    }

    private static Set<String> referencedNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals("states")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Return the expression as AWS quotes it in its errors: the text between the delimiters, trimmed. */
    public String text() {
        return text;
    }

    /**
     * Evaluate the expression.
     *
     * @param field the field path the expression was written at, e.g. {@code Output/result}
     * @return the result, never undefined
     * @throws StatesException {@code States.QueryEvaluationError} when the expression throws, returns undefined or
     *     returns a value JSON cannot hold
     */
    public JsonNode evaluate(JsonataBindings bindings, String field) {
        JsonNode value = evaluateOrUndefined(bindings, field);
        if (value == null) {
            throw failure(JsonataErrors.undefined(text, field));
        }
        return value;
    }

    /**
     * Evaluate the expression and require a JSON type, e.g. {@code array} for Map {@code Items}.
     *
     * @param expectedType one of {@code object}, {@code array}, {@code string}, {@code number}, {@code boolean}
     * @throws StatesException {@code States.QueryEvaluationError}, also when the result has another type
     */
    public JsonNode evaluate(JsonataBindings bindings, String field, String expectedType) {
        JsonNode value = evaluate(bindings, field);
        if (!JsonataValues.typeName(value).equals(expectedType)) {
            throw failure(JsonataErrors.unexpectedType(text, field, expectedType, value));
        }
        return value;
    }

    /**
     * Evaluate the expression, returning {@code null} when it is undefined.
     *
     * @throws StatesException {@code States.QueryEvaluationError} when the expression throws or returns a value JSON
     *     cannot hold
     */
    public @Nullable JsonNode evaluateOrUndefined(JsonataBindings bindings, String field) {
        EvaluationBounds bounds = new EvaluationBounds();
        Object raw;
        try {
            raw = compiled.evaluate(null, frame(bindings, bounds));
        } catch (RuntimeException e) {
            throw failure(bounds, e, field);
        }
        bounds.check();
        try {
            return JsonataValues.toJson(raw);
        } catch (UnsupportedResultException e) {
            throw failure(JsonataErrors.unsupportedType(text, field));
        } catch (TooDeepResultException e) {
            throw failure(JsonataErrors.exceededBound(text, field, e.getMessage()));
        }
    }

    /**
     * Turn what the evaluation threw into {@code States.QueryEvaluationError}. An {@link Error} the library wrapped
     * (its function calls wrap every {@code Throwable}) is thrown again as it is: an error of the JVM is never a
     * state's failure.
     */
    private RuntimeException failure(EvaluationBounds bounds, RuntimeException e, String field) {
        rethrowErrors(e);
        String exceeded = bounds.exceeded() != null ? bounds.exceeded()
                : e instanceof EvaluationBounds.BoundExceededException ? e.getMessage() : null;
        if (exceeded != null) {
            return failure(JsonataErrors.exceededBound(text, field, exceeded));
        }
        if (e instanceof StatesException states) {
            return states;
        }
        String message = e instanceof JException jsonata ? describe(jsonata) : String.valueOf(e.getMessage());
        return failure(JsonataErrors.threw(text, field, message));
    }

    /** Throw the first {@link Error} in the chain of causes, if any. */
    static void rethrowErrors(RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Error error) {
                throw error;
            }
        }
    }

    private Jsonata.Frame frame(JsonataBindings bindings, EvaluationBounds bounds) {
        Jsonata.Frame frame = new Jsonata.Frame(null);
        EvaluationContext context = bindings.context();
        StepFunctionsLibrary.bind(frame, context);
        BoundedFunctions.bind(frame);
        bounds.installOn(frame);
        for (String name : variables) {
            JsonNode value = context.variable(name);
            if (value != null) {
                frame.bind(name, bindings.variableForm(name, value));
            }
        }
        frame.bind("states", bindings.states());
        return frame;
    }

    private static String describe(JException e) {
        return e.getError() + ": " + e.getMessage();
    }

    private static StatesException failure(String cause) {
        return new StatesException(JsonataErrors.QUERY_EVALUATION_ERROR, cause);
    }
}
