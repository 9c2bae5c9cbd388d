package dev.orrery.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import dev.orrery.internal.eval.RegexBudget;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JSONata's {@code $pad}, {@code $match}, {@code $contains}, {@code $replace} and {@code $split} with bounds: the
 * library's own versions with the same signatures, called after a check.
 *
 * <p>{@code $pad} is built in linear time (the library's doubles its work with every character) after the memory
 * bound is checked. A regular expression is first run over the string with a budget of {@value #MAX_REGEX_READS}
 * character reads, finding every match as the function would; a pattern that backtracks past the budget fails the
 * expression with Orrery's own message (AWS's is not recorded) instead of hanging the run.
 *
 * <p>Public only because the library calls the functions by reflection; internal, not part of Orrery's API.
 */
public final class BoundedFunctions {

    /** The character reads a regular expression may make over one string. */
    static final long MAX_REGEX_READS = 10_000_000L;

    private static final List<JFunction> FUNCTIONS = List.of(
            Jsonata.function("pad", "<s-ns?:s>", BoundedFunctions.class, null, "pad"),
            Jsonata.function("match", "<s-f<s:o>n?:a<o>>", BoundedFunctions.class, null, "match"),
            Jsonata.function("contains", "<s-(sf):b>", BoundedFunctions.class, null, "contains"),
            Jsonata.function("replace", "<s-(sf)(sf)n?:s>", BoundedFunctions.class, null, "replace"),
            Jsonata.function("split", "<s-(sf)n?:a<s>>", BoundedFunctions.class, null, "split"));

    private static final List<String> NAMES = List.of("pad", "match", "contains", "replace", "split");

    private BoundedFunctions() {}

    /** Bind the bounded functions into a frame, in place of the library's. */
    static void bind(Jsonata.Frame frame) {
        for (int i = 0; i < NAMES.size(); i++) {
            frame.bind(NAMES.get(i), FUNCTIONS.get(i));
        }
    }

    /**
     * {@code $pad(str, width[, char])}, in linear time and within the memory bound.
     *
     * @param str the string to pad, or {@code null} (undefined)
     * @param width the width: positive pads on the right, negative on the left
     * @param padding the pad characters, a space when absent or empty
     * @return the padded string, or {@code null} when {@code str} is undefined
     */
    public static @Nullable String pad(@Nullable String str, Number width, @Nullable String padding) {
        if (str == null) {
            return null;
        }
        String fill = padding == null || padding.isEmpty() ? " " : padding;
        int size = Math.abs(width.intValue());
        long missing = (long) size - str.codePointCount(0, str.length());
        if (missing <= 0) {
            return str;
        }
        EvaluationBounds.requireWithinMemory(str.length() + missing * fill.length());
        String repeated = fill.repeat((int) (missing / fill.codePointCount(0, fill.length()) + 1));
        String cut = repeated.substring(0, repeated.offsetByCodePoints(0, (int) missing));
        return width.intValue() < 0 ? cut + str : str + cut;
    }

    /**
     * {@code $match(str, pattern[, limit])} after the regular expression's bound is checked.
     *
     * @param str the string to search, or {@code null} (undefined)
     * @param regex the pattern
     * @param limit the most matches to return, or {@code null} for all
     * @return the library's result
     */
    public static @Nullable List<Map> match(@Nullable String str, Pattern regex, @Nullable Integer limit) {
        requireWithinRegexBound(str, regex);
        return Functions.match(str, regex, limit);
    }

    /**
     * {@code $contains(str, token)} after the regular expression's bound is checked.
     *
     * @param str the string to search, or {@code null} (undefined)
     * @param token a string or a pattern
     * @return the library's result
     */
    public static @Nullable Boolean contains(@Nullable String str, Object token) {
        requireWithinRegexBound(str, token);
        return Functions.contains(str, token);
    }

    /**
     * {@code $replace(str, pattern, replacement[, limit])} after the regular expression's bound is checked.
     *
     * @param str the string to change, or {@code null} (undefined)
     * @param pattern a string or a pattern
     * @param replacement a string or a function
     * @param limit the most replacements, or {@code null} for all
     * @return the library's result
     */
    public static @Nullable String replace(@Nullable String str, Object pattern, Object replacement,
            @Nullable Integer limit) {
        requireWithinRegexBound(str, pattern);
        return Functions.replace(str, pattern, replacement, limit);
    }

    /**
     * {@code $split(str, separator[, limit])} after the regular expression's bound is checked.
     *
     * @param str the string to split, or {@code null} (undefined)
     * @param pattern a string or a pattern
     * @param limit the most parts, or {@code null} for all
     * @return the library's result
     */
    public static @Nullable List<String> split(@Nullable String str, Object pattern, @Nullable Number limit) {
        requireWithinRegexBound(str, pattern);
        return Functions.split(str, pattern, limit);
    }

    /** Find every match of a pattern over a string while counting character reads; fail past the budget. */
    static void requireWithinRegexBound(@Nullable String str, @Nullable Object pattern) {
        if (str != null && pattern instanceof Pattern regex && !new RegexBudget(MAX_REGEX_READS).findAll(regex, str)) {
            throw new EvaluationBounds.BoundExceededException("The regular expression /" + regex.pattern()
                    + "/ exceeded Orrery's bound of " + MAX_REGEX_READS + " character reads over a string of "
                    + str.length() + " characters: it backtracks too much; simplify it");
        }
    }
}
