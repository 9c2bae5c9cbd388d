package dev.orrery.internal.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** Checks the transitions of one graph: targets exist, every state is reachable, and some state ends the graph. */
final class GraphChecker {

    private final Diagnostics diagnostics;

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

    private static String suggestion(Scope scope, String target) {
        String hint = Suggestions.didYouMean(target, scope.states().keySet());
        return hint.isEmpty() ? " (no state of that name in this " + where(scope) + ")" : hint;
    }

    private static String where(Scope scope) {
        return scope.pointer().isEmpty() ? "state machine" : "branch";
    }

    private static Set<String> reachable(Scope scope, String startAt) {
        Set<String> seen = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        work.add(startAt);
        while (!work.isEmpty()) {
            String name = work.pop();
            if (seen.add(name)) {
                scope.targets().stream().filter(t -> name.equals(t.from())).forEach(t -> work.add(t.target()));
            }
        }
        return seen;
    }
}
