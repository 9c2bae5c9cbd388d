package dev.orrery.internal.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the transitions of one graph: targets exist, every state is reachable, and some state ends the graph. */
final class GraphChecker {

    private static final int MAX_SUGGESTIONS = 100;

    private final Diagnostics diagnostics;
    private int suggestions;

    GraphChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Check a graph whose states and transitions have been recorded. */
    void check(Scope scope, String startAt, String startAtPointer) {
        if (!scope.states().isEmpty() && !scope.states().containsKey(startAt)) {
            diagnostics.error(Diagnostics.MISSING_TARGET, startAtPointer, "Missing 'StartAt' target: " + startAt
                    + suggestion(scope, startAt));
        }
        for (Scope.Target target : scope.targets()) {
            if (!scope.states().containsKey(target.target())) {
                diagnostics.error(Diagnostics.MISSING_TARGET, target.pointer(), "Missing '" + target.field()
                        + "' target: " + target.target() + suggestion(scope, target.target()));
            }
        }
        Set<String> reachable = reachable(scope, startAt);
        if (scope.states().containsKey(startAt)) {
            scope.states().forEach((name, pointer) -> {
                if (!reachable.contains(name)) {
                    diagnostics.error(Diagnostics.MISSING_TARGET, pointer, "State \"" + name + "\" is not reachable.");
                }
            });
        }
        if (scope.terminals().isEmpty() && !scope.states().isEmpty()) {
            diagnostics.error(Diagnostics.MISSING_END, scope.pointer() + "/States", "no terminal state: no state "
                    + "has \"End\": true and there is no Succeed or Fail state, so an execution could never end");
        }
    }

    /**
     * Return a did-you-mean hint for a missing target; only the first {@value #MAX_SUGGESTIONS} of a graph get one,
     * so that a definition with thousands of broken transitions is still checked in linear time.
     */
    private String suggestion(Scope scope, String target) {
        if (suggestions++ >= MAX_SUGGESTIONS) {
            return " (no state of that name in this " + where(scope) + ")";
        }
        String hint = Suggestions.didYouMean(target, scope.states().keySet());
        return hint.isEmpty() ? " (no state of that name in this " + where(scope) + ")" : hint;
    }

    private static String where(Scope scope) {
        return scope.pointer().isEmpty() ? "state machine" : "branch";
    }

    /** Return the states reachable from the start: one pass over the transitions, then a walk (linear time). */
    private static Set<String> reachable(Scope scope, String startAt) {
        Map<String, List<String>> next = new HashMap<>();
        for (Scope.Target target : scope.targets()) {
            next.computeIfAbsent(target.from(), from -> new ArrayList<>(2)).add(target.target());
        }
        Set<String> seen = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        work.add(startAt);
        while (!work.isEmpty()) {
            String name = work.pop();
            if (seen.add(name)) {
                work.addAll(next.getOrDefault(name, List.of()));
            }
        }
        return seen;
    }
}
