package dev.orrery.assertj;

import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;
import org.jspecify.annotations.Nullable;

/** The path checks of {@link ExecutionAssert}: each returns the failure message, or {@code null} when it holds. */
final class PathChecks {

    private PathChecks() {}

    static @Nullable ErrorMessageFactory exact(Execution execution, List<String> expected) {
        List<String> path = execution.path();
        return path.equals(expected) ? null : ShouldHaveFollowedPath.shouldHaveFollowedPath(execution,
                "to have followed path", expected, difference(execution, expected, path.size()));
    }

    static @Nullable ErrorMessageFactory startsWith(Execution execution, List<String> expected) {
        List<String> path = execution.path();
        boolean holds = path.size() >= expected.size() && path.subList(0, expected.size()).equals(expected);
        return holds ? null : ShouldHaveFollowedPath.shouldHaveFollowedPath(execution,
                "to have started with path", expected, difference(execution, expected, expected.size()));
    }

    /** Describe the first step where the path and the expected path differ, looking at most at the given length. */
    private static String difference(Execution execution, List<String> expected, int length) {
        List<String> path = execution.path();
        int step = 0;
        while (step < expected.size() && step < path.size() && expected.get(step).equals(path.get(step))) {
            step++;
        }
        String wanted = step < expected.size() ? Describe.quoted(expected.get(step)) : "the path to end";
        String was = step < path.size() && step < Math.max(length, expected.size())
                ? "was " + Describe.quoted(path.get(step)) : "the path ended";
        String text = "first difference at step " + (step + 1) + ": expected " + wanted + " but " + was;
        List<StateVisit> visits = execution.visits();
        String note = step == 0 || step > visits.size() ? "" : Describe.note(visits.get(step - 1));
        return (note.isEmpty() ? text : text + Describe.NL + "  (" + note + ")")
                + Describe.didYouMean(execution, expected);
    }

    static @Nullable ErrorMessageFactory inOrder(Execution execution, List<String> expected) {
        List<String> path = execution.path();
        int at = 0;
        for (int i = 0; i < expected.size(); i++) {
            int found = path.subList(at, path.size()).indexOf(expected.get(i));
            if (found < 0) {
                String problem = i == 0 || !path.contains(expected.get(i))
                        ? Describe.quoted(expected.get(i)) + " was never visited"
                        : Describe.quoted(expected.get(i)) + " was not visited after " + Describe.quoted(
                                expected.get(i - 1)) + " (step " + at + ")";
                return ShouldHaveVisited.shouldHaveVisited(execution, "to have visited in order", expected,
                        problem + Describe.didYouMean(execution, List.of(expected.get(i))));
            }
            at += found + 1;
        }
        return null;
    }

    static @Nullable ErrorMessageFactory contains(Execution execution, List<String> expected) {
        List<String> missing = expected.stream().filter(state -> !execution.path().contains(state)).toList();
        return missing.isEmpty() ? null : ShouldHaveVisited.shouldHaveVisited(
                execution, "to have visited", expected, "never visited: " + Describe.path(missing)
                        + Describe.didYouMean(execution, missing));
    }

    static @Nullable ErrorMessageFactory never(Execution execution, List<String> states) {
        List<String> visited = new ArrayList<>();
        for (String state : states) {
            int step = execution.path().indexOf(state);
            if (step >= 0) {
                visited.add(Describe.quoted(state) + " was visited at step " + (step + 1));
            }
        }
        return visited.isEmpty() ? null : ShouldHaveVisited.shouldHaveVisited(
                execution, "never to have visited", states, String.join(Describe.NL, visited));
    }

    static @Nullable ErrorMessageFactory times(Execution execution, String state, int expected) {
        long count = execution.path().stream().filter(state::equals).count();
        return count == expected ? null : ShouldHaveCount.shouldHaveCount(Describe.execution(execution),
                "have visited " + Describe.quoted(state), Describe.times(expected), "it did", Describe.times(count),
                "path", Describe.path(execution.path()) + Describe.didYouMean(execution, List.of(state)));
    }

    static @Nullable ErrorMessageFactory transitions(Execution execution, int expected) {
        int count = Math.max(0, execution.path().size() - 1);
        return count == expected ? null : ShouldHaveCount.shouldHaveCount(Describe.execution(execution),
                "have made transitions", String.valueOf(expected), "it made", String.valueOf(count),
                "path", Describe.path(execution.path()));
    }

    static @Nullable ErrorMessageFactory retries(Execution execution, int expected) {
        List<String> retried = execution.visits().stream().filter(visit -> visit.retries() > 0)
                .map(visit -> visit.name() + ": " + visit.retries()).toList();
        int count = execution.visits().stream().mapToInt(StateVisit::retries).sum();
        return count == expected ? null : ShouldHaveCount.shouldHaveCount(Describe.execution(execution),
                "have retried", Describe.times(expected), "it did", Describe.times(count),
                "retries by state", Describe.path(retried));
    }

    static @Nullable ErrorMessageFactory catches(Execution execution, int expected) {
        List<String> caught = execution.visits().stream()
                .filter(visit -> visit.error() != null && visit.exited() != null)
                .map(visit -> visit.name() + ": " + visit.error()).toList();
        return caught.size() == expected ? null : ShouldHaveCount.shouldHaveCount(Describe.execution(execution),
                "have caught errors", Describe.times(expected), "it did", Describe.times(caught.size()),
                "caught errors", Describe.path(caught));
    }
}
