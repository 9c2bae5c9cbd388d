package dev.orrery.internal.coverage;

import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageItem.Kind;
import dev.orrery.coverage.CoverageState;
import dev.orrery.model.Branch;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every coverable item and state of a state machine, nested graphs included (a distributed Map's item processor too:
 * its child executions' steps come with the parent execution), in definition order.
 */
public final class CoverageUniverse {

    private CoverageUniverse() {}

    /** Return every state with where it is nested. */
    public static List<CoverageState> states(StateMachine machine) {
        List<CoverageState> states = new ArrayList<>();
        collectStates(machine.asBranch(), "", states);
        return List.copyOf(states);
    }

    /** Return every item: each state followed by its transitions and retriers, then its nested graphs' items. */
    public static List<CoverageItem> items(StateMachine machine) {
        List<CoverageItem> items = new ArrayList<>();
        collectItems(machine.states(), items);
        return List.copyOf(items);
    }

    private static void collectStates(Branch branch, String scope, List<CoverageState> states) {
        for (State state : branch.states().values()) {
            states.add(new CoverageState(state.name(), state.type().aslName(), scope,
                    state.name().equals(branch.startAt())));
            if (state instanceof ParallelState parallel) {
                for (int i = 0; i < parallel.branches().size(); i++) {
                    collectStates(parallel.branches().get(i), state.name() + "/Branches[" + i + "]", states);
                }
            } else if (state instanceof MapState map) {
                collectStates(map.itemProcessor(), state.name() + "/ItemProcessor", states);
            }
        }
    }

    private static void collectItems(Map<String, State> graph, List<CoverageItem> items) {
        for (State state : graph.values()) {
            items.add(CoverageItem.state(state.name()));
            if (state instanceof ChoiceState choice) {
                List<ChoiceRule> rules = choice.choices();
                for (int i = 0; i < rules.size(); i++) {
                    items.add(new CoverageItem(Kind.CHOICE_RULE, state.name(), rules.get(i).next(), i));
                }
                if (choice.defaultState() != null) {
                    items.add(new CoverageItem(Kind.CHOICE_DEFAULT, state.name(), choice.defaultState(), -1));
                }
            }
            Transition transition = state.transition();
            if (transition instanceof Transition.Next next) {
                items.add(new CoverageItem(Kind.NEXT, state.name(), next.stateName(), -1));
            } else if (transition != null) {
                items.add(new CoverageItem(Kind.END, state.name(), "", -1));
            }
            ErrorHandling handling = state.errorHandling();
            for (int i = 0; i < handling.catchers().size(); i++) {
                items.add(new CoverageItem(Kind.CATCH, state.name(), handling.catchers().get(i).next(), i));
            }
            for (int i = 0; i < handling.retry().size(); i++) {
                items.add(new CoverageItem(Kind.RETRIER, state.name(),
                        ErrorNames.toJson(handling.retry().get(i).errorEquals()), i));
            }
            if (state instanceof ParallelState parallel) {
                parallel.branches().forEach(branch -> collectItems(branch.states(), items));
            } else if (state instanceof MapState map) {
                collectItems(map.itemProcessor().states(), items);
            }
        }
    }
}
