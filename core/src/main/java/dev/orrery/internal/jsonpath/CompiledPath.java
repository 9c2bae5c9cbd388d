package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSONPath compiled once and evaluated many times: {@code $...} over the input, {@code $$...} over the Context
 * object, {@code $name...} over a workflow variable.
 *
 * <p>Simple paths ({@code $}, {@code .name}, {@code ['name']}, {@code [index]} and chains of them) run on small
 * evaluator objects; the complex forms (wildcards, deep scan, slices, unions, filters, functions) run on Jayway
 * json-path, as on AWS, so that indefinite paths yield an array of their matches.
 *
 * <p>A plain path (names that are identifiers, non-negative indexes: {@code $.order.items[0].id}) is valid for Jayway
 * and definite by its form, so Jayway compiles it only when an error message needs Jayway's wording: a definition
 * whose paths are all plain never loads Jayway (and SLF4J through it), which shortens the first run in a JVM.
 */
public final class CompiledPath {

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
    /** The path Jayway reads ({@code $} for the root itself), after the root and variable name. */
    private final String rest;
    /** Jayway's compiled path; {@code null} for {@code $} and for plain paths, compiled when needed. */
    private final @Nullable JsonPath jayway;
    private final PathEvaluator evaluator;
    // for $$.Map.Item.Value... and $$.Map.Item.Index...: that field, and the steps after it (null: none)
    private final @Nullable String mapItemField;
    private final @Nullable PathEvaluator afterMapItemField;

    private CompiledPath(String text, Root root, @Nullable String variable, String rest, @Nullable JsonPath jayway,
            PathEvaluator evaluator, @Nullable List<PathEvaluator> steps) {
        this.text = text;
        this.root = root;
        this.variable = variable;
        this.rest = rest;
        this.jayway = jayway;
        this.evaluator = evaluator;
        boolean mapItem = root == Root.CONTEXT && steps != null && steps.size() >= 3
                && steps.get(0) instanceof FieldAccess map && map.name().equals("Map")
                && steps.get(1) instanceof FieldAccess item && item.name().equals("Item")
                && steps.get(2) instanceof FieldAccess field
                && (field.name().equals("Value") || field.name().equals("Index"));
        this.mapItemField = mapItem ? ((FieldAccess) steps.get(2)).name() : null;
        this.afterMapItemField = !mapItem || steps.size() == 3 ? null
                : steps.size() == 4 ? steps.get(3) : new StepChain(steps.subList(3, steps.size()));
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
        rest = clampSlices(rest);
        JsonPath jayway = rest.equals("$") || PlainPath.matches(rest) ? null : compileJayway(text, rest);
        List<PathEvaluator> steps = PathParser.steps(rest);
        PathEvaluator fast = steps == null ? null : PathParser.of(steps);
        PathEvaluator evaluator = fast != null ? fast : new JaywayPath(Objects.requireNonNull(jayway), rest);
        return new CompiledPath(text, root, variable, rest, jayway, evaluator, steps);
    }

    /** An array slice, {@code [from:to]} or {@code [from:to:step]}, any part left out. */
    private static final java.util.regex.Pattern SLICE =
            java.util.regex.Pattern.compile("\\[\\s*(-?\\d+)?\\s*:\\s*(-?\\d+)?\\s*(:\\s*(-?\\d+)?\\s*)?]");

    /**
     * The largest slice bound a path is evaluated with. Jayway walks a slice index by index from its start, so
     * {@code [-2000000008:2]} would take two billion steps; no array in a state's data (256 KiB at most) comes close
     * to this many elements, so clamping changes no result.
     */
    private static final java.math.BigInteger SLICE_BOUND = java.math.BigInteger.valueOf(1_048_576);

    /** Return the path with every slice bound clamped to {@link #SLICE_BOUND} either side of zero. */
    static String clampSlices(String path) {
        if (path.indexOf(':') < 0) {
            return path;
        }
        return SLICE.matcher(path).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                "[" + clamped(match.group(1)) + ":" + clamped(match.group(2))
                        + (match.group(3) == null ? "" : ":" + clamped(match.group(4))) + "]"));
    }

    private static String clamped(@Nullable String bound) {
        if (bound == null) {
            return "";
        }
        java.math.BigInteger value = new java.math.BigInteger(bound);
        return value.max(SLICE_BOUND.negate()).min(SLICE_BOUND).toString();
    }

    private static JsonPath compileJayway(String text, String rest) throws ExpressionSyntaxException {
        try {
            return JsonPath.compile(rest);
        } catch (InvalidPathException | IllegalArgumentException e) {
            String quoted = jaywayForm(rest);
            if (!quoted.equals(rest)) {
                try {
                    return JsonPath.compile(quoted);
                } catch (InvalidPathException | IllegalArgumentException ignored) {
                    // report the error of the path as written
                }
            }
            throw new ExpressionSyntaxException("invalid JSONPath '" + text + "': " + e.getMessage(), -1);
        }
    }

    /**
     * Return the path in the forms Jayway reads: a script index {@code [(@.length-1)]} as {@code [-1]}, and each bare
     * word compared in a filter quoted as a string: AWS accepts
     * {@code $[?(@.TargetLanguageCode==es)]} (its own samples deploy it) and compares with the string {@code es}.
     */
    static String jaywayForm(String path) {
        String indexed = LENGTH_MINUS.matcher(path).replaceAll("[-$1]");
        if (!indexed.contains("[?(")) {
            return indexed;
        }
        return BARE_COMPARAND.matcher(indexed).replaceAll(match -> {
            String word = match.group(2);
            return word.equals("true") || word.equals("false") || word.equals("null") ? match.group()
                    : java.util.regex.Matcher.quoteReplacement(match.group(1) + "'" + word + "'");
        });
    }

    /** Goessner's script index {@code [(@.length-1)]}, which Jayway reads as the negative index {@code [-1]}. */
    private static final java.util.regex.Pattern LENGTH_MINUS = java.util.regex.Pattern.compile(
            "\\[\\(@\\.length\\s*-\\s*(\\d+)\\)]");

    private static final java.util.regex.Pattern BARE_COMPARAND = java.util.regex.Pattern.compile(
            "((?:==|!=|<=|>=|<|>)\\s*)([A-Za-z_][A-Za-z0-9_-]*)(?=\\s*(?:\\)|&&|\\|\\|))");

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
        return jayway == null || jayway.isDefinite();
    }

    /**
     * Select the value the path points at.
     *
     * @return the value; for indefinite paths the array of matches, empty when nothing matches (as AWS); {@code null}
     *     when a definite path matches nothing
     * @throws StatesException {@code States.Runtime} when Jayway cannot evaluate the path on this document, e.g. a
     *     function it does not have ({@code $.a.size()}) or one applied to the wrong type
     */
    public @Nullable JsonNode select(JsonNode input, EvaluationContext context) {
        if (mapItemField != null) {
            // a Map item's value or index, as its Context object would give it, without building that object
            JsonNode field = context.mapItemField(mapItemField);
            if (field != null) {
                return afterMapItemField == null ? field : afterMapItemField.evaluate(field);
            }
        }
        JsonNode document = document(input, context);
        if (document == null) {
            return null;
        }
        JsonNode selected;
        try {
            selected = evaluator.evaluate(document);
        } catch (JsonPathException e) {
            // Jayway checks function names and argument types only when it evaluates. No recording shows AWS's cause
            // for this case: Orrery's wording follows AWS's cause for an InputPath that finds nothing.
            throw StatesException.runtime("Invalid path '" + text + "' : " + e.getMessage());
        }
        return selected == null && !isDefinite() ? JsonNodeFactory.instance.arrayNode() : selected;
    }

    /**
     * Return the document the path is evaluated against: the input, the Context object or the variable's value
     * ({@code null} when the variable is not defined).
     */
    public @Nullable JsonNode document(JsonNode input, EvaluationContext context) {
        return switch (root) {
            case INPUT -> input;
            case CONTEXT -> context.contextObject();
            case VARIABLE -> context.variable(variable == null ? "" : variable);
        };
    }

    /**
     * Return Jayway's explanation of why the path selects nothing, as AWS quotes it after {@code Invalid path '...' :}
     * (for example {@code No results for path: $['a']} or {@code Missing property in path $['a']}).
     */
    public String notFoundReason(JsonNode input, EvaluationContext context) {
        JsonNode document = document(input, context);
        JsonPath compiled = jayway != null || rest.equals("$") ? jayway : JsonPath.compile(rest);
        String reason = compiled == null || document == null ? null : JaywayPath.whyNotFound(compiled, document);
        return reason != null ? reason : "No results for path: " + (compiled == null ? "$" : compiled.getPath());
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
