package dev.orrery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.UnmockedTaskException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code orrery run} says when a Task state has no mock: every Task state without one at once, and a mocks file
 * skeleton covering them, with the call numbers a run where each of them returned {@code {}} made.
 *
 * @param states the unmocked Task states, in definition order
 * @param calls the calls each made in that run (0 when it was not reached)
 * @param first the message of the call that stopped the run
 */
record UnmockedTasks(List<String> states, Map<String, Integer> calls, String first) {

    /** The exit code of a run stopped by an unmocked task. */
    static final int EXIT_CODE = 3;

    /** Find every unmocked Task state by running again with {@code {}} for each of them. */
    static UnmockedTasks find(StateMachine machine, TaskMocks mocks, JsonNode input, UnmockedTaskException stop) {
        List<String> states = StateNames.tasks(machine).stream()
                .filter(state -> !mocks.mockedStates().contains(state)).toList();
        Map<String, Integer> calls = new LinkedHashMap<>();
        states.forEach(state -> calls.put(state, 0));
        TaskMocks filler = TaskMocks.builder().otherwise(request -> {
            try {
                return mocks.invoke(request);
            } catch (UnmockedTaskException unmocked) {
                calls.merge(request.stateName(), 1, Integer::sum);
                return TaskOutcome.success(JsonNodeFactory.instance.objectNode());
            }
        }).build();
        countCalls(machine, filler, input);
        return new UnmockedTasks(states, calls, stop.getMessage());
    }

    /** Run the dry run; whatever stops it (a guard, a Choice on {@code {}}), the calls counted so far count. */
    private static void countCalls(StateMachine machine, TaskMocks filler, JsonNode input) {
        try {
            StateMachineRunner.create(machine, filler).run(input);
        } catch (RuntimeException stoppedAgain) {
            return;
        }
    }

    /** Return the mocks file that answers every unmocked state with {@code {}}, call numbers as ranges. */
    ObjectNode skeleton() {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        for (String state : states) {
            int count = calls.getOrDefault(state, 0);
            String range = count <= 1 ? "0" : "0-" + (count - 1);
            file.putObject(state).putObject(range).putObject("Return");
        }
        return file;
    }

    /** Return the message for people: every unmocked state, the skeleton and the other ways out. */
    String message() {
        List<String> quoted = states.stream().map(state -> "\"" + state + "\"").toList();
        return first + "\n\n" + (states.size() == 1 ? "1 Task state has" : states.size() + " Task states have")
                + " no mock: " + String.join(", ", quoted) + ".\n"
                + "Add them to the mocks file (--mocks FILE), for example (call numbers from a run where each "
                + "returned {}):\n" + skeleton().toPrettyString() + "\n"
                + "or answer every Task state without an entry with --default-mock '{}' or a \"*\" entry in the "
                + "mocks file.";
    }

    /** Return the JSON error object {@code --format json} prints. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("error", "UnmockedTask");
        json.put("message", first);
        states.forEach(json.putArray("unmockedStates")::add);
        json.set("mocksSkeleton", skeleton());
        return json;
    }
}
