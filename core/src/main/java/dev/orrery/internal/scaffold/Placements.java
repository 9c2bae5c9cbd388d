package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.PassState;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.State;
import dev.orrery.model.TaskState;
import dev.orrery.model.WaitState;
import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns values a state must see in its input into scenarios: it walks back along the path a host case took to that
 * state, through states that pass their input on, to a Task whose mocked result can carry them (for the first call,
 * every call, or the calls after the first), to the item of a Map, the input of a Parallel branch, or the execution
 * input.
 */
final class Placements {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_STARTS = 9;

    private final Targets targets;

    Placements(Targets targets) {
        this.targets = targets;
    }

    Targets targets() {
        return targets;
    }

    /**
     * Return scenarios, changed from the host's, in which {@code state} sees the assigned values: in its raw input,
     * in the execution input, or in workflow variables (placed where the last state that assigned them took them
     * from: its result or its input).
     */
    List<Scenario> at(String state, Assignment assignment, Found host) {
        Execution run = host.reach().execution();
        if (run == null) {
            return List.of();
        }
        JsonNode input = host.scenario().input();
        Map<DataPath, JsonNode> need = new LinkedHashMap<>();
        Map<String, Map<DataPath, JsonNode>> variables = new LinkedHashMap<>();
        for (Map.Entry<Slot, JsonNode> entry : assignment.values().entrySet()) {
            Slot slot = entry.getKey();
            if (slot.variable() != null) {
                variables.computeIfAbsent(slot.variable(), name -> new LinkedHashMap<>())
                        .put(slot.path(), entry.getValue());
            } else if (slot.executionInput()) {
                input = write(input, Map.of(slot.path(), entry.getValue()));
            } else {
                need.put(slot.path(), entry.getValue());
            }
        }
        int visit = firstVisit(run, state);
        List<Scenario> starts = List.of(host.scenario().withInput(input));
        for (Map.Entry<String, Map<DataPath, JsonNode>> variable : variables.entrySet()) {
            List<Scenario> next = new ArrayList<>();
            for (Scenario start : starts) {
                Variables.place(this, run, visit, variable.getKey(), variable.getValue(), start, next);
            }
            starts = next.size() > MAX_STARTS ? next.subList(0, MAX_STARTS) : next;
        }
        List<Scenario> found = new ArrayList<>();
        for (Scenario start : starts) {
            if (need.isEmpty() || visit < 0) {
                found.add(start);
            } else {
                walk(run, visit, need, start, 0, found);
            }
        }
        return found;
    }

    void walk(Execution run, int visit, Map<DataPath, JsonNode> need, Scenario scenario, int depth,
            List<Scenario> found) {
        if (depth > MAX_DEPTH) {
            return;
        }
        int before = predecessor(run, visit);
        if (before < 0) {
            atStart(run, visit, need, scenario, depth, found);
            return;
        }
        String name = run.visits().get(before).name();
        if (Instrumented.isAdded(name)) {
            walk(run, before, need, scenario, depth + 1, found);
            return;
        }
        State state = targets.byName().get(name);
        if (state instanceof TaskState) {
            Map<DataPath, JsonNode> inResult = new LinkedHashMap<>();
            Map<DataPath, JsonNode> rest = new LinkedHashMap<>();
            need.forEach((path, value) -> {
                DataPath resultPath = ResultPaths.inResult(state, path);
                if (resultPath != null) {
                    inResult.put(resultPath, value);
                } else {
                    rest.put(path, value);
                }
            });
            List<Scenario> answered = inResult.isEmpty() ? List.of() : answered(name, inResult, scenario);
            if (rest.isEmpty()) {
                found.addAll(answered);
            } else if (!inResult.isEmpty() && passesOn(state, rest)) {
                answered.forEach(variant -> walk(run, before, rest, variant, depth + 1, found));
            }
        }
        if (passesOn(state, need)) {
            walk(run, before, need, scenario, depth + 1, found);
        }
    }

    private static boolean passesOn(@Nullable State state, Map<DataPath, JsonNode> need) {
        if (state instanceof ChoiceState || state instanceof WaitState) {
            return state.queryLanguage() == QueryLanguage.JSONATA ? state.io().output() == null
                    : "$".equals(state.io().inputPath()) && "$".equals(state.io().outputPath());
        }
        if (state instanceof PassState pass && pass.result() == null && pass.io().parameters() == null) {
            return state.queryLanguage() == QueryLanguage.JSONATA ? state.io().output() == null
                    : "$".equals(state.io().inputPath()) && "$".equals(state.io().outputPath());
        }
        return state != null && ResultPaths.passesOn(state, need);
    }

    /** Carry the values in a Task's mocked result: for every call, for the first only, or from the second on. */
    static List<Scenario> answered(String task, Map<DataPath, JsonNode> inResult, Scenario scenario) {
        List<Response> answers = scenario.answers(task);
        if (answers.isEmpty() || !(answers.get(0) instanceof Response.Returns original)) {
            return List.of();
        }
        Response changed = new Response.Returns(write(original.value(), inResult));
        return List.of(scenario.withAnswers(task, List.of(changed)),
                scenario.withAnswers(task, List.of(changed, original)),
                scenario.withAnswers(task, List.of(original, changed)));
    }

    /** The state is the first of its graph: the need moves to the execution input, a Map item or a branch input. */
    private void atStart(Execution run, int visit, Map<DataPath, JsonNode> need, Scenario scenario, int depth,
            List<Scenario> found) {
        State parent = targets.parents().get(run.visits().get(visit).name());
        if (parent == null) {
            found.add(scenario.withInput(write(scenario.input(), need)));
            return;
        }
        DataPath prefix = parent instanceof MapState map ? Items.path(map) : Items.branchInput((ParallelState) parent);
        if (prefix == null) {
            return;
        }
        Map<DataPath, JsonNode> outer = new LinkedHashMap<>();
        need.forEach((path, value) -> outer.put(path.under(prefix), value));
        int parentVisit = lastVisitBefore(run, visit, parent.name());
        if (parentVisit >= 0) {
            walk(run, parentVisit, outer, scenario, depth + 1, found);
        }
    }

    static JsonNode write(JsonNode document, Map<DataPath, JsonNode> values) {
        JsonNode written = document;
        for (Map.Entry<DataPath, JsonNode> entry : values.entrySet()) {
            written = entry.getKey().write(written, entry.getValue().isMissingNode() ? null : entry.getValue());
        }
        return written;
    }

    static int firstVisit(Execution run, String state) {
        for (int i = 0; i < run.visits().size(); i++) {
            if (run.visits().get(i).name().equals(state)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastVisitBefore(Execution run, int visit, String state) {
        for (int i = visit - 1; i >= 0; i--) {
            if (run.visits().get(i).name().equals(state)) {
                return i;
            }
        }
        return -1;
    }

    /** Return the visit before {@code visit} in the same branch or iteration, or -1 when it is the first. */
    private static int predecessor(Execution run, int visit) {
        StateVisit.Origin origin = run.visits().get(visit).origin();
        for (int i = visit - 1; i >= 0; i--) {
            StateVisit.Origin other = run.visits().get(i).origin();
            if (other.parentEnteredEventId() == origin.parentEnteredEventId()
                    && other.branchIndex() == origin.branchIndex()) {
                return i;
            }
        }
        return -1;
    }
}
