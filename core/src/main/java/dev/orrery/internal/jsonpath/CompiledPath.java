package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A JSONPath compiled once and evaluated many times: {@code $...} over the input, {@code $$...} over the Context
 * object, {@code $name...} over a workflow variable.
 */
public final class CompiledPath {

    private static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .build();

    /** What a path is evaluated against. */
    public enum Root {
        /** {@code $}: the state input. */
        INPUT,
        /** {@code $$}: the Context object. */
        CONTEXT,
        /** {@code $name}: a workflow variable. */
        VARIABLE
    }

    private final String text;
    private final Root root;
    private final @Nullable String variable;
    private final @Nullable JsonPath path;

    private CompiledPath(String text, Root root, @Nullable String variable, @Nullable JsonPath path) {
        this.text = text;
        this.root = root;
        this.variable = variable;
        this.path = path;
    }

    /**
     * Compile a path.
     *
     * @throws ExpressionSyntaxException when the text is not a valid path
     */
    public static CompiledPath compile(String text) throws ExpressionSyntaxException {
        if (!text.startsWith("$")) {
            throw new ExpressionSyntaxException("a path must start with '$' but was '" + text + "'", 0);
        }
        Root root = Root.INPUT;
        String variable = null;
        String rest = text;
        if (text.startsWith("$$")) {
            root = Root.CONTEXT;
            rest = text.substring(1);
        } else if (text.length() > 1 && isNameStart(text.charAt(1))) {
            root = Root.VARIABLE;
            int end = 1;
            while (end < text.length() && isNamePart(text.charAt(end))) {
                end++;
            }
            variable = text.substring(1, end);
            rest = "$" + text.substring(end);
        }
        try {
            JsonPath path = rest.equals("$") ? null : JsonPath.compile(rest);
            return new CompiledPath(text, root, variable, path);
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw new ExpressionSyntaxException("invalid JSONPath '" + text + "': " + e.getMessage(), -1);
        }
    }

    /** Return the path as written. */
    public String text() {
        return text;
    }

    /** Return what the path is evaluated against. */
    public Root root() {
        return root;
    }

    /** Return the variable name for {@link Root#VARIABLE} paths, else {@code null}. */
    public @Nullable String variable() {
        return variable;
    }

    /** Return whether the path selects at most one value (no wildcard, filter, slice or deep scan). */
    public boolean isDefinite() {
        return path == null || path.isDefinite();
    }

    /**
     * Select the value the path points at.
     *
     * @return the value (an array of matches for indefinite paths), or {@code null} when nothing matches
     */
    public @Nullable JsonNode select(JsonNode input, EvaluationContext context) {
        JsonNode document = switch (root) {
            case INPUT -> input;
            case CONTEXT -> context.contextObject();
            case VARIABLE -> context.variable(variable == null ? "" : variable);
        };
        if (document == null) {
            return null;
        }
        if (path == null) {
            return document;
        }
        try {
            return path.read(document, CONFIGURATION);
        } catch (PathNotFoundException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
