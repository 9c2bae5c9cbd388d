package dev.orrery.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known names closest to a misspelt one by edit distance, for did-you-mean hints. */
public final class ClosestNames {

    private static final int MAX_SUGGESTIONS = 3;

    private ClosestNames() {}

    /**
     * Return up to three candidates closest to the name, nearest first: those within a third of its length (at least
     * two edits, fewer than its length, ignoring case), or that contain it.
     *
     * @param wrong the name that matched nothing
     * @param candidates the names that exist
     * @return the closest names, possibly empty
     */
    public static List<String> of(String wrong, Collection<String> candidates) {
        String lower = wrong.toLowerCase(Locale.ROOT).strip();
        int limit = Math.max(2, lower.length() / 3);
        List<Scored> close = new ArrayList<>();
        for (String candidate : candidates) {
            String other = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(lower, other);
            if (distance <= limit && distance < lower.length() || lower.length() >= 3 && other.contains(lower)) {
                close.add(new Scored(candidate, distance));
            }
        }
        close.sort(Comparator.comparingInt(Scored::distance));
        return close.stream().limit(MAX_SUGGESTIONS).map(Scored::name).distinct().toList();
    }

    /**
     * Return {@code "; did you mean "X"?"} (or {@code "X" or "Y"}) for the closest candidates, or {@code ""}.
     *
     * @param wrong the name that matched nothing
     * @param candidates the names that exist
     * @return the hint, or an empty string when no name is close
     */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        List<String> names = of(wrong, candidates);
        if (names.isEmpty()) {
            return "";
        }
        List<String> quoted = names.stream().map(name -> "\"" + name + "\"").toList();
        return "; did you mean " + String.join(" or ", quoted) + "?";
    }

    private record Scored(String name, int distance) {}

    /**
     * Return the Levenshtein distance between two strings.
     *
     * @param a one string
     * @param b the other
     * @return the number of single-character edits that turn one into the other
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
