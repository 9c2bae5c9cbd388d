package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The ratchet list of conformance cases allowed to fail: one {@code id  # one-line reason} per line, {@code #}
 * comment lines and blank lines ignored.
 */
@API(status = INTERNAL, since = "0.1")
public final class KnownFailures {

    /** The header written above the entries. */
    public static final String HEADER = """
            # Conformance cases that are allowed to fail (the ratchet), one per line: `case-id  # reason`.
            # An unlisted failing case fails the build (a regression); a listed case that passes fails it too
            # (remove it from the list). Regenerate after a change with -Dorrery.conformance.update=true; reasons that
            # start with "corpus:" are hand-written and kept, the others name the feature group of the case and its
            # first difference.
            """;

    /** The prefix of a hand-written reason that regeneration keeps. */
    public static final String MANUAL = "corpus:";

    private KnownFailures() {}

    /** Parse the list into case id to reason, in file order. */
    public static Map<String, String> parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int comment = commentStart(trimmed);
            String id = (comment < 0 ? trimmed : trimmed.substring(0, comment)).strip();
            String reason = comment < 0 ? "" : trimmed.substring(comment + 1).strip();
            entries.put(id, reason);
        }
        return entries;
    }

    /** Return the list text for the failing cases of the report: the header, then one line per failure. */
    public static String format(ConformanceReport report) {
        return format(report, Map.of());
    }

    /**
     * Return the list text for the failing cases of the report, each reason naming the part of the language the case
     * exercises (see {@link FeatureGroup}) and its first difference; a reason of the previous list that starts with
     * {@value #MANUAL} (a hand-written explanation, e.g. of a recording's quirk) is kept as it is.
     */
    public static String format(ConformanceReport report, Map<String, String> previous) {
        StringBuilder text = new StringBuilder(HEADER);
        for (CaseResult failure : report.failures()) {
            String kept = previous.get(failure.id());
            Difference difference = failure.difference();
            String reason = kept != null && kept.startsWith(MANUAL) ? kept
                    : FeatureGroup.of(failure) + ": " + (difference == null ? "" : difference.oneLine());
            text.append(failure.id()).append("  # ").append(reason).append('\n');
        }
        return text.toString();
    }

    /**
     * Return the ratchet violations: unlisted failing cases (regressions), listed cases that pass, listed cases
     * that are not in the corpus.
     */
    public static List<String> violations(ConformanceReport report, Set<String> known) {
        List<String> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CaseResult result : report.results()) {
            seen.add(result.id());
            Difference difference = result.difference();
            if (difference != null && !known.contains(result.id())) {
                violations.add("regression: " + result.id() + ": " + difference.oneLine());
            } else if (difference == null && known.contains(result.id())) {
                violations.add("now passes: remove it from the list: " + result.id());
            }
        }
        known.stream().filter(id -> !seen.contains(id))
                .forEach(id -> violations.add("not in the corpus: remove it from the list: " + id));
        return violations;
    }

    private static int commentStart(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }
}
