package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.State;
import dev.orrery.model.TaskState;
import dev.orrery.run.Execution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Places values a Choice reads from a workflow variable: it finds the last state before the Choice, on the host's
 * path, whose {@code Assign} sets the variable from a path, and puts the values there: in its result
 * ({@code {% $states.result.a %}}, or for JSONPath {@code "name.$": "$.a"} read from the result) or its input
 * ({@code {% $states.input.a %}}, or the JSONPath path read from the input). A variable assigned a constant or
 * computed otherwise cannot be placed.
 */
final class Variables {

    private Variables() {}

    static void place(Placements placements, Execution run, int before, String name, Map<DataPath, JsonNode> need,
            Scenario scenario, List<Scenario> found) {
        int visit = lastAssigning(placements, run, before < 0 ? run.visits().size() : before, name);
        if (visit < 0) {
            return;
        }
        State state = placements.targets().byName().get(run.visits().get(visit).name());
        JsonNode assign = state.io().assign();
        JsonNode written = assign.has(name + ".$") ? assign.get(name + ".$") : assign.get(name);
        if (state.queryLanguage() == QueryLanguage.JSONATA) {
            DataPath result = JsonataReferences.whole(written, "result");
            DataPath input = JsonataReferences.whole(written, "input");
            if (result != null || input != null) {
                place(placements, run, visit, state, result != null, under(need, result != null ? result : input),
                        scenario, found);
            }
            return;
        }
        DataPath path = assign.has(name + ".$") ? DataPath.parse(written.asText()) : null;
        if (path != null) {
            place(placements, run, visit, state, true, under(need, path), scenario, found);
            place(placements, run, visit, state, false, under(need, path), scenario, found);
        }
    }

    private static void place(Placements placements, Execution run, int visit, State state, boolean result,
            Map<DataPath, JsonNode> need, Scenario scenario, List<Scenario> found) {
        if (result && state instanceof TaskState) {
            found.addAll(Placements.answered(state.name(), need, scenario));
        } else if (!result) {
            placements.walk(run, visit, need, scenario, 0, found);
        }
    }

    private static Map<DataPath, JsonNode> under(Map<DataPath, JsonNode> need, DataPath prefix) {
        Map<DataPath, JsonNode> moved = new LinkedHashMap<>();
        need.forEach((path, value) -> moved.put(path.under(prefix), value));
        return moved;
    }

    private static int lastAssigning(Placements placements, Execution run, int before, String name) {
        for (int i = before - 1; i >= 0; i--) {
            State state = placements.targets().byName().get(run.visits().get(i).name());
            JsonNode assign = state == null ? null : state.io().assign();
            if (assign != null && (assign.has(name) || assign.has(name + ".$"))) {
                return i;
            }
        }
        return -1;
    }
}
