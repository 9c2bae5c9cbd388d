package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.RegexBudget;
import dev.orrery.internal.eval.StatesException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The bound on the regular expressions of a path's {@code =~} filters: before Jayway runs the path, each pattern is
 * matched against every string of the document with a shared budget of {@value #MAX_READS} character reads, so a
 * pattern that backtracks past it fails the state with {@code States.Runtime} (Orrery's own wording; AWS's is not
 * recorded) instead of hanging the run. Jayway matches a filter's pattern against the whole value, as here.
 */
final class FilterRegexBound {

    /** The character reads the filters of one path evaluation may make. */
    static final long MAX_READS = 10_000_000L;

    private final List<Pattern> patterns;

    private FilterRegexBound(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** Read the {@code =~ /pattern/flags} filters of a path; a path without any gets an empty bound. */
    static FilterRegexBound of(String path) {
        List<Pattern> patterns = new ArrayList<>();
        int at = path.indexOf("=~");
        while (at >= 0) {
            int open = path.indexOf('/', at + 2);
            int close = open < 0 ? -1 : closingSlash(path, open + 1);
            if (close < 0) {
                break;
            }
            int flagsEnd = close + 1;
            while (flagsEnd < path.length() && Character.isLetter(path.charAt(flagsEnd))) {
                flagsEnd++;
            }
            try {
                patterns.add(Pattern.compile(path.substring(open + 1, close), flags(path.substring(close + 1,
                        flagsEnd))));
            } catch (PatternSyntaxException e) {
                // Jayway reports the pattern itself
            }
            at = path.indexOf("=~", flagsEnd);
        }
        return new FilterRegexBound(List.copyOf(patterns));
    }

    private static int closingSlash(String path, int from) {
        for (int i = from; i < path.length(); i++) {
            if (path.charAt(i) == '\\') {
                i++;
            } else if (path.charAt(i) == '/') {
                return i;
            }
        }
        return -1;
    }

    private static int flags(String letters) {
        int flags = 0;
        for (char letter : letters.toCharArray()) {
            flags |= switch (letter) {
                case 'd' -> Pattern.UNIX_LINES;
                case 'i' -> Pattern.CASE_INSENSITIVE;
                case 'x' -> Pattern.COMMENTS;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'u' -> Pattern.UNICODE_CASE;
                case 'U' -> Pattern.UNICODE_CHARACTER_CLASS;
                default -> 0;
            };
        }
        return flags;
    }

    /**
     * Match every pattern against every string of the document within the budget.
     *
     * @throws StatesException {@code States.Runtime} when a pattern backtracks past the budget
     */
    void check(JsonNode document) {
        if (patterns.isEmpty()) {
            return;
        }
        RegexBudget budget = new RegexBudget(MAX_READS);
        Deque<JsonNode> work = new ArrayDeque<>();
        work.push(document);
        while (!work.isEmpty()) {
            JsonNode node = work.pop();
            if (node.isTextual()) {
                for (Pattern pattern : patterns) {
                    if (!budget.matchWhole(pattern, node.textValue())) {
                        throw StatesException.runtime("The regular expression /" + pattern.pattern() + "/ of a "
                                + "JSONPath filter exceeded Orrery's bound of " + MAX_READS + " character reads: it "
                                + "backtracks too much; simplify it");
                    }
                }
            }
            node.elements().forEachRemaining(work::push);
        }
    }
}
