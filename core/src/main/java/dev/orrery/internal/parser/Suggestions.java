package dev.orrery.internal.parser;

import dev.orrery.internal.text.ClosestNames;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Finds the closest known name to a misspelt one by edit distance, for did-you-mean hints. */
final class Suggestions {

    private Suggestions() {}

    /** Return {@code "; did you mean \"X\"?"} for the closest candidate, or {@code ""} when none is close. */
    static String didYouMean(String wrong, Collection<String> candidates) {
        String best = closest(wrong, candidates);
        return best == null ? "" : "; did you mean \"" + best + "\"?";
    }

    /** Return the closest candidate within a third of the name's length (at least 2 edits), or {@code null}. */
    static @Nullable String closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, wrong.length() / 3);
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - wrong.length()) > limit) {
                continue; // at least that many edits apart
            }
            int distance = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Return the Levenshtein distance between two strings. */
    static int distance(String a, String b) {
        return ClosestNames.distance(a, b);
    }
}
