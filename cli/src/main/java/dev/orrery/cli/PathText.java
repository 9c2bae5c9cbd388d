package dev.orrery.cli;

import dev.orrery.model.StateType;
import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The path of {@code orrery run}'s text output: each Map state's iterations summarised by the paths they took,
 * {@code ForEach [1000 iterations: Prepare -> Work -> Shape]}, so that a large Map prints one line; {@code --format
 * json} keeps every state entered.
 */
final class PathText {

    private PathText() {}

    static String of(Execution execution) {
        List<StateVisit> visits = execution.visits();
        if (visits.stream().anyMatch(visit -> visit.origin().enteredEventId() == 0)) {
            return String.join(" -> ", execution.path());
        }
        Map<Long, List<StateVisit>> children = new LinkedHashMap<>();
        for (StateVisit visit : visits) {
            children.computeIfAbsent(visit.origin().parentEnteredEventId(), k -> new ArrayList<>()).add(visit);
        }
        return String.join(" -> ", render(children.getOrDefault(0L, List.of()), children));
    }

    private static List<String> render(List<StateVisit> visits, Map<Long, List<StateVisit>> children) {
        List<String> names = new ArrayList<>();
        for (StateVisit visit : visits) {
            List<StateVisit> nested = children.getOrDefault(visit.origin().enteredEventId(), List.of());
            if (visit.type() == StateType.MAP) {
                names.add(visit.name() + " [" + iterations(nested, children) + "]");
            } else {
                names.add(visit.name());
                names.addAll(render(nested, children));
            }
        }
        return names;
    }

    /** Return {@code N iterations: A -> B}, or with several paths {@code N iterations: A -> B (x998); A -> C (x2)}. */
    private static String iterations(List<StateVisit> nested, Map<Long, List<StateVisit>> children) {
        Map<Integer, List<StateVisit>> byIteration = new TreeMap<>();
        nested.forEach(visit -> byIteration.computeIfAbsent(visit.origin().branchIndex(), k -> new ArrayList<>())
                .add(visit));
        Map<String, Integer> paths = new LinkedHashMap<>();
        byIteration.values().forEach(iteration -> paths.merge(String.join(" -> ", render(iteration, children)), 1,
                Integer::sum));
        int count = byIteration.size();
        String head = count + (count == 1 ? " iteration" : " iterations");
        if (paths.size() <= 1) {
            return paths.isEmpty() ? head : head + ": " + paths.keySet().iterator().next();
        }
        List<String> described = new ArrayList<>();
        paths.forEach((path, times) -> described.add(path + " (x" + times + ")"));
        return head + ": " + String.join("; ", described);
    }
}
