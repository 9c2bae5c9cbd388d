package dev.orrery.internal.scaffold;

import dev.orrery.model.Branch;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.InputOutput;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.PassState;
import dev.orrery.model.ProcessorConfig;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.Transition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state machine rewritten so that a run's path tells which Choice branch it took: each rule and {@code Default}
 * leads to a Pass state of its own, with neither input nor output processing, that goes on to the rule's
 * {@code Next}. The Pass states change neither the data nor the variables, so a run takes the same path through the
 * original states.
 *
 * <p>{@link #plain} leaves a state machine as it is, to run the cases as they will run in the tests.
 *
 * @param machine the rewritten state machine
 * @param branches the Choice branch each added Pass state stands for, by its name
 */
record Instrumented(StateMachine machine, Map<String, Target> branches) {

    private static final String MARK = "\u2063scaffold:";

    Instrumented {
        branches = Collections.unmodifiableMap(new LinkedHashMap<>(branches));
    }

    static Instrumented of(StateMachine machine) {
        Map<String, Target> branches = new LinkedHashMap<>();
        Map<String, State> states = rewrite(machine.states(), branches);
        StateMachine rewritten = new StateMachine(machine.comment(), machine.startAt(), states, machine.version(),
                machine.timeoutSeconds(), machine.queryLanguage(), machine.unresolvedPlaceholders());
        return new Instrumented(rewritten, branches);
    }

    /** Return the state machine unchanged, with no branch to read. */
    static Instrumented plain(StateMachine machine) {
        return new Instrumented(machine, Map.of());
    }

    /** Return whether a state name is one of the added Pass states. */
    static boolean isAdded(String name) {
        return name.startsWith(MARK);
    }

    private static Map<String, State> rewrite(Map<String, State> states, Map<String, Target> branches) {
        Map<String, State> rewritten = new LinkedHashMap<>();
        for (State state : states.values()) {
            if (state instanceof ChoiceState choice) {
                rewritten.put(choice.name(), choice(choice, rewritten, branches));
            } else if (state instanceof ParallelState parallel) {
                List<Branch> inner = new ArrayList<>();
                parallel.branches().forEach(branch -> inner.add(branch(branch, branches)));
                rewritten.put(parallel.name(), new ParallelState(parallel.name(), parallel.comment(),
                        parallel.queryLanguage(), parallel.io(), inner, parallel.errorHandling(),
                        parallel.transition()));
            } else if (state instanceof MapState map) {
                rewritten.put(map.name(), map(map, branch(map.itemProcessor(), branches)));
            } else {
                rewritten.put(state.name(), state);
            }
        }
        return rewritten;
    }

    private static Branch branch(Branch branch, Map<String, Target> branches) {
        return new Branch(branch.comment(), branch.startAt(), rewrite(branch.states(), branches),
                branch.queryLanguage());
    }

    private static ChoiceState choice(ChoiceState choice, Map<String, State> into, Map<String, Target> branches) {
        List<ChoiceRule> rules = new ArrayList<>();
        for (int i = 0; i < choice.choices().size(); i++) {
            ChoiceRule rule = choice.choices().get(i);
            String added = added(choice, i, rule.next(), into, branches);
            rules.add(new ChoiceRule(rule.condition(), added, rule.assign(), rule.output(), rule.comment()));
        }
        String defaultState = choice.defaultState() == null ? null
                : added(choice, -1, choice.defaultState(), into, branches);
        return new ChoiceState(choice.name(), choice.comment(), choice.queryLanguage(), choice.io(), rules,
                defaultState);
    }

    private static String added(ChoiceState choice, int index, String next, Map<String, State> into,
            Map<String, Target> branches) {
        String name = MARK + choice.name() + "#" + index;
        into.put(name, new PassState(name, null, choice.queryLanguage(), InputOutput.DEFAULT, null,
                Transition.next(next)));
        branches.put(name, new Target(Target.Kind.CHOICE_BRANCH, choice.name(), index, next));
        return name;
    }

    /**
     * Rewrite a Map state around its rewritten processor; a distributed one without ItemReader, ItemBatcher or
     * ResultWriter runs inline, so that the run's path shows the states its iterations enter (a distributed Map's
     * iterations are child executions, whose states the parent's path does not list).
     */
    private static MapState map(MapState map, Branch processor) {
        boolean inline = map.itemReader() == null && map.itemBatcher() == null && map.resultWriter() == null;
        return new MapState(map.name(), map.comment(), map.queryLanguage(), map.io(), processor,
                inline ? ProcessorConfig.INLINE : map.processorConfig(), map.legacyIterator(), map.itemsPath(), map.items(), map.itemSelector(),
                map.maxConcurrency(), map.maxConcurrencyPath(), map.itemReader(), map.itemBatcher(),
                map.resultWriter(), map.toleratedFailure(), map.label(), map.errorHandling(), map.transition());
    }
}
