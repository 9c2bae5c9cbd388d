package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The results of a conformance run: totals, the core subset and a breakdown by feature.
 *
 * @param results one result per case, in run order
 */
@API(status = INTERNAL, since = "0.1")
public record ConformanceReport(List<CaseResult> results) {

    /** Copy the results. */
    public ConformanceReport {
        results = List.copyOf(results);
    }

    /** Return the number of cases. */
    public int total() {
        return results.size();
    }

    /** Return the number of passing cases. */
    public int passed() {
        return count(CaseResult::passed);
    }

    /** Return the failing cases, in run order. */
    public List<CaseResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Return {@code Conformance: P/N cases pass (x.x%)}. */
    public String summary() {
        return "Conformance: " + passed() + "/" + total() + " cases pass (" + percent(passed(), total()) + ")";
    }

    /** Return the pass figure of the core subset. */
    public String inScopeSummary() {
        int inScope = count(CaseResult::inScope);
        int passedInScope = count(r -> r.inScope() && r.passed());
        return "Core subset (JSONPath; Pass/Task/Choice/Wait/Succeed/Fail; no error handling, intrinsics, variables, callbacks or Map/Parallel): "
                + passedInScope + "/" + inScope + " cases pass (" + percent(passedInScope, inScope) + ")";
    }

    /**
     * Return the pass counts grouped by {@code query_language}, state type and feature flag, e.g.
     * {@code "state Task" -> [12, 140]}, sorted by group.
     */
    public Map<String, int[]> breakdown() {
        Map<String, int[]> groups = new TreeMap<>();
        for (CaseResult result : results) {
            add(groups, "language " + result.queryLanguage(), result.passed());
            result.stateTypes().forEach(type -> add(groups, "state " + type, result.passed()));
            result.features().forEach(feature -> add(groups, "feature " + feature, result.passed()));
        }
        return groups;
    }

    /** Return the summary, the in-scope figure and one line per breakdown group. */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        lines.add(inScopeSummary());
        lines.add("By feature:");
        breakdown().forEach((group, counts) -> lines.add(String.format(Locale.ROOT, "  %-40s %4d/%-4d (%s)",
                group, counts[0], counts[1], percent(counts[0], counts[1]))));
        return lines;
    }

    /** Return {@code {total, passed, failed: [{id, field, expected, actual}]}}. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("total", total());
        root.put("passed", passed());
        ArrayNode failed = root.putArray("failed");
        for (CaseResult result : failures()) {
            Difference difference = result.difference();
            ObjectNode entry = failed.addObject();
            entry.put("id", result.id());
            if (difference != null) {
                entry.put("field", difference.field());
                entry.put("expected", difference.expected());
                entry.put("actual", difference.actual());
            }
        }
        return root;
    }

    /** Return {@code x.x%} of part in whole, {@code 0.0%} for an empty whole. */
    public static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.1f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    }

    private int count(Predicate<CaseResult> predicate) {
        return (int) results.stream().filter(predicate).count();
    }

    private static void add(Map<String, int[]> groups, String group, boolean passed) {
        int[] counts = groups.computeIfAbsent(group, g -> new int[2]);
        counts[0] += passed ? 1 : 0;
        counts[1]++;
    }
}
