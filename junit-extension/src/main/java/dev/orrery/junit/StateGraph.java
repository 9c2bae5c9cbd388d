package dev.orrery.junit;

import dev.orrery.model.Catcher;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.State;
import dev.orrery.model.Transition;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The top-level transitions of a state machine, as edges between state names ({@code null} target: the end). */
final class StateGraph {

    /**
     * One possible transition.
     *
     * @param from the source state
     * @param to the target state, or {@code null} for the end
     * @param label what makes it happen, empty for a plain {@code Next}
     */
    record Edge(String from, @Nullable String to, String label) {}

    private StateGraph() {}

    static List<Edge> edges(State state) {
        List<Edge> edges = new ArrayList<>();
        if (state instanceof ChoiceState choice) {
            int i = 1;
            for (ChoiceRule rule : choice.choices()) {
                edges.add(new Edge(state.name(), rule.next(), "rule " + i++));
            }
            if (choice.defaultState() != null) {
                edges.add(new Edge(state.name(), choice.defaultState(), "Default"));
            }
            return edges;
        }
        Transition transition = state.transition();
        if (transition instanceof Transition.Next next) {
            edges.add(new Edge(state.name(), next.stateName(), ""));
        } else if (transition instanceof Transition.End) {
            edges.add(new Edge(state.name(), null, ""));
        }
        for (Catcher catcher : state.errorHandling().catchers()) {
            edges.add(new Edge(state.name(), catcher.next(), "Catch " + String.join(", ", catcher.errorEquals())));
        }
        return edges;
    }
}
