package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.MapState;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.TaskState;
import dev.orrery.run.Execution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds cases that together reach every state, Choice branch and Catch edge they can: a first run with every Task
 * answering its placeholder, then, round after round, for each target not reached yet, scenarios changed from a case
 * that reached the target's state (Choice rules solved into values placed by {@link Placements}, errors thrown for a
 * catcher, one item for a Map), each run and kept only when the run reaches the target. Bounded by
 * {@link #MAX_RUNS} runs.
 */
final class CaseSearch {

    static final int MAX_RUNS = 4_000;
    private static final int MAX_ROUNDS = 12;
    private static final int MAX_REPAIRS = 12;

    private final Targets targets;
    private final Runs runs;
    private final Placements placements;
    private final Repairs repairs;
    private final List<Found> found = new ArrayList<>();
    private final List<Found> loops = new ArrayList<>();
    private final Set<Target> covered = new LinkedHashSet<>();

    CaseSearch(StateMachine machine) {
        this.targets = Targets.of(machine);
        this.runs = new Runs(Instrumented.of(machine));
        this.placements = new Placements(targets);
        this.repairs = new Repairs(targets, placements);
    }

    Targets targets() {
        return targets;
    }

    List<Found> search(Map<String, Placeholder> placeholders) {
        Map<String, List<Response>> answers = new LinkedHashMap<>();
        placeholders.forEach((state, placeholder) -> answers.put(state,
                List.of(new Response.Returns(placeholder.value()))));
        Scenario first = new Scenario(JsonNodeFactory.instance.objectNode(), answers);
        Found start = repaired(first);
        keep(start.scenario(), Target.firstPath(startState()), start.reach(), true);
        boolean progress = true;
        for (int round = 0; progress && round < MAX_ROUNDS && runs.count() < MAX_RUNS; round++) {
            progress = false;
            for (Target target : targets.all()) {
                if (!covered.contains(target) && runs.count() < MAX_RUNS) {
                    progress |= reach(target);
                }
            }
        }
        return Pruning.prune(found);
    }

    private String startState() {
        return targets.all().get(0).state();
    }

    private boolean reach(Target target) {
        for (Found host : hosts(target)) {
            for (Scenario candidate : candidates(target, host)) {
                if (runs.count() >= MAX_RUNS) {
                    return false;
                }
                Found tried = repaired(candidate);
                if (tried.reach().covered().contains(target) && !tried.reach().looped()) {
                    keep(tried.scenario(), target, tried.reach(), false);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Run a scenario; while its run fails for a missing field, run the repairs too, and go on with the one that gets
     * furthest (reaches most, or succeeds).
     */
    private Found repaired(Scenario scenario) {
        Scenario current = scenario;
        Reach reach = runs.run(current);
        for (int round = 0; round < MAX_REPAIRS && runs.count() < MAX_RUNS; round++) {
            Scenario better = null;
            Reach betterReach = reach;
            for (Scenario repair : repairs.of(current, reach)) {
                Reach tried = runs.run(repair);
                if (further(tried, reach) && (better == null || better(tried, betterReach))) {
                    better = repair;
                    betterReach = tried;
                }
            }
            if (better == null) {
                break;
            }
            current = better;
            reach = betterReach;
        }
        return new Found(current, Target.state(startState()), reach);
    }

    /**
     * Return whether a run got further: it reached more, or as much and succeeded where the other failed, or failed
     * for another reason.
     */
    private static boolean further(Reach tried, Reach before) {
        if (tried.covered().size() != before.covered().size()) {
            return tried.covered().size() > before.covered().size();
        }
        Execution now = tried.execution();
        Execution then = before.execution();
        if (now == null || then == null || then.succeeded()) {
            return false;
        }
        return now.succeeded() || !(Objects.equals(now.error(), then.error())
                && Objects.equals(now.cause(), then.cause()));
    }

    /** Return whether one repaired run is better than another: it reaches more, or as much and succeeds. */
    private static boolean better(Reach one, Reach other) {
        if (one.covered().size() != other.covered().size()) {
            return one.covered().size() > other.covered().size();
        }
        return one.execution() != null && one.execution().succeeded()
                && (other.execution() == null || !other.execution().succeeded());
    }

    private void keep(Scenario scenario, Target claim, Reach reach, boolean always) {
        if (reach.looped()) {
            loops.add(new Found(scenario, claim, reach));
        } else if (always || !covered.containsAll(reach.covered())) {
            found.add(new Found(scenario, claim, reach));
            covered.addAll(reach.covered());
        }
    }

    /**
     * Return the kept cases (then the runs stopped as loops) that reached the state a target starts from, the first
     * two at most.
     */
    private List<Found> hosts(Target target) {
        String from = target.kind() == Target.Kind.STATE ? mapAround(target.state()) : target.state();
        if (from == null) {
            return List.of();
        }
        return java.util.stream.Stream.concat(found.stream(), loops.stream())
                .filter(host -> host.reach().reachedState(from)).limit(2).toList();
    }

    /** Return the Map state whose item processor starts at {@code state}, or {@code null}. */
    private String mapAround(String state) {
        State parent = targets.parents().get(state);
        return parent instanceof MapState map && map.itemProcessor().startAt().equals(state) ? map.name() : null;
    }

    private List<Scenario> candidates(Target target, Found host) {
        State state = targets.byName().get(target.state());
        return switch (target.kind()) {
            case CHOICE_BRANCH -> choice((ChoiceState) state, target.index(), host);
            case CATCH -> Errors.candidates(targets, state, Targets.catchers(state), target.index(), host);
            case STATE -> oneItem(target, host);
        };
    }

    private List<Scenario> choice(ChoiceState choice, int index, Found host) {
        List<Scenario> candidates = new ArrayList<>();
        for (Assignment assignment : Witnesses.forBranch(choice, index)) {
            Assignment prefixed = Choices.atRawInput(choice, assignment);
            if (prefixed != null) {
                candidates.addAll(placements.at(choice.name(), prefixed, host));
            }
        }
        return candidates;
    }

    private List<Scenario> oneItem(Target target, Found host) {
        MapState map = (MapState) targets.parents().get(target.state());
        DataPath items = Items.array(map);
        if (items == null) {
            return List.of();
        }
        Assignment item = Assignment.of(new Slot(false, items), JsonNodeFactory.instance.objectNode());
        return placements.at(map.name(), item, host);
    }

    /** Return the Task states and their placeholders, in definition order. */
    static Map<String, Placeholder> placeholders(Targets targets) {
        Map<String, Placeholder> placeholders = new LinkedHashMap<>();
        for (TaskState task : targets.tasks()) {
            placeholders.put(task.name(), Placeholder.of(task));
        }
        return placeholders;
    }
}
