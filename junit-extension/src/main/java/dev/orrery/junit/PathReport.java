package dev.orrery.junit;

import dev.orrery.internal.text.ReadableDuration;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.StateVisit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Draws an execution for a failure report: its path as text, and as Mermaid on the state graph. */
final class PathReport {

    private PathReport() {}

    /** Return a readable summary: the status, the error and each state entered. */
    static String summary(Execution execution) {
        StringBuilder text = new StringBuilder("Execution ").append(execution.executionArn()).append(' ')
                .append(execution.status());
        if (execution.error() != null) {
            text.append(" with ").append(execution.error());
            if (execution.cause() != null) {
                text.append(": ").append(execution.cause());
            }
        }
        text.append("\nPath (").append(execution.visits().size()).append(" states, virtual time ")
                .append(ReadableDuration.format(execution.virtualDuration())).append("):");
        visits(text, execution.visits(), false);
        return text.toString();
    }

    /**
     * Return a readable summary of a run the test began and did not end: the virtual time it stands at and each
     * state entered so far.
     */
    static String summary(String executionArn, Instant startTime, ExecutionSession session) {
        StringBuilder text = new StringBuilder("Execution ").append(executionArn).append(" still RUNNING at ")
                .append(session.currentTime()).append(" (the test did not call runToCompletion() on its session)");
        List<StateVisit> visits = session.visits();
        text.append("\nPath so far (").append(visits.size()).append(" states, virtual time ")
                .append(ReadableDuration.format(Duration.between(startTime, session.currentTime()))).append("):");
        visits(text, visits, true);
        return text.toString();
    }

    private static void visits(StringBuilder text, List<StateVisit> visits, boolean running) {
        int step = 1;
        for (StateVisit visit : visits) {
            text.append("\n  ").append(step++).append(". ").append(visit.name()).append(" (").append(visit.type().aslName())
                    .append(") at ").append(visit.entered());
            if (visit.retries() > 0) {
                text.append(", ").append(visit.retries()).append(visit.retries() == 1 ? " retry" : " retries");
            }
            if (visit.error() != null) {
                text.append(", error ").append(visit.error());
            }
            if (running && visit.exited() == null && visit.error() == null) {
                text.append(", not left");
            }
        }
    }

    /** Return a Mermaid flowchart of the top-level states with the visited states and taken transitions marked. */
    static String mermaid(StateMachine machine, Execution execution) {
        return mermaid(machine, execution.visits(), execution.succeeded());
    }

    /** Return the flowchart of the states visited so far, the run being successful or not (yet). */
    static String mermaid(StateMachine machine, List<StateVisit> visits, boolean succeeded) {
        Map<String, String> ids = new HashMap<>();
        StringJoiner lines = new StringJoiner("\n");
        lines.add("flowchart TD");
        lines.add("  start((start))");
        for (String name : machine.states().keySet()) {
            ids.put(name, "s" + ids.size());
            lines.add("  " + ids.get(name) + "[\"" + name.replace("\"", "#quot;") + "\"]");
        }
        List<String> path = topLevelPath(machine, visits);
        List<StateGraph.Edge> edges = new ArrayList<>();
        edges.add(new StateGraph.Edge("", machine.startAt(), ""));
        machine.states().values().forEach(state -> edges.addAll(StateGraph.edges(state)));
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            StateGraph.Edge edge = edges.get(i);
            lines.add("  " + node(ids, edge.from(), "start") + (edge.label().isEmpty() ? " --> "
                    : " -- \"" + edge.label().replace("\"", "#quot;") + "\" --> ") + node(ids, edge.to(), "done"));
            if (wasTaken(edge, path) && (edge.to() != null || succeeded)) {
                taken.add(i);
            }
        }
        lines.add("  done((end))");
        lines.add("  classDef visited fill:#c8e6c9,stroke:#2e7d32");
        lines.add("  classDef failed fill:#ffcdd2,stroke:#c62828");
        marks(visits, ids).forEach(lines::add);
        taken.forEach(i -> lines.add("  linkStyle " + i + " stroke:#2e7d32,stroke-width:3px"));
        return lines.toString();
    }

    private static List<String> marks(List<StateVisit> visits, Map<String, String> ids) {
        List<String> lines = new ArrayList<>();
        for (StateVisit visit : visits) {
            if (ids.containsKey(visit.name())) {
                String kind = visit.error() != null && visit.exited() == null ? "failed" : "visited";
                lines.add("  class " + ids.get(visit.name()) + " " + kind);
            }
        }
        return lines.stream().distinct().toList();
    }

    private static List<String> topLevelPath(StateMachine machine, List<StateVisit> visits) {
        List<String> path = new ArrayList<>();
        path.add("");
        visits.stream().map(StateVisit::name).filter(machine.states()::containsKey).forEach(path::add);
        return path;
    }

    private static boolean wasTaken(StateGraph.Edge edge, List<String> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            if (path.get(i).equals(edge.from()) && path.get(i + 1).equals(edge.to())) {
                return true;
            }
        }
        return edge.to() == null && !path.isEmpty() && path.get(path.size() - 1).equals(edge.from());
    }

    private static String node(Map<String, String> ids, @org.jspecify.annotations.Nullable String name,
            String otherwise) {
        return name == null || !ids.containsKey(name) ? otherwise : ids.get(name);
    }
}
