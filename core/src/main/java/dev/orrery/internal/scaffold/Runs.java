package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.run.StateVisit;
import dev.orrery.spi.UnmockedTaskException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs scenarios on the instrumented state machine and reads what each reached. Every run is bounded: at most
 * {@link #MAX_TRANSITIONS} states entered; a run a guard stops, or that Orrery cannot run, reached nothing.
 */
final class Runs {

    static final int MAX_TRANSITIONS = 2_000;

    /**
     * After this many Task calls a run is taken to loop (a poll whose answer never ends it): every further call fails
     * with {@link #LOOP_ERROR}, so that the run ends and shows the loop, to be changed into a case that leaves it.
     */
    static final int MAX_CALLS = 200;

    /** The error a call past {@link #MAX_CALLS} fails with. */
    static final String LOOP_ERROR = "Orrery.ScaffoldLoop";

    private final Instrumented instrumented;
    private int count;

    Runs(Instrumented instrumented) {
        this.instrumented = instrumented;
    }

    /** Return how many runs were made. */
    int count() {
        return count;
    }

    Reach run(Scenario scenario) {
        Map<String, Integer> calls = new LinkedHashMap<>();
        TaskMocks mocks = TaskMocks.builder().otherwise(request -> {
            int call = calls.getOrDefault(request.stateName(), 1) - 1; // counted before it is answered
            List<Response> answers = scenario.answers(request.stateName());
            if (answers.isEmpty()) {
                throw new UnmockedTaskException("the scaffold has no answer for \"" + request.stateName() + "\"");
            }
            return answers.get(Math.min(call, answers.size() - 1)).outcome();
        }).build();
        return run(scenario.input(), mocks, calls);
    }

    /**
     * Run an input with given mocks, counting each Task state's calls into {@code calls}.
     *
     * @param input the execution input
     * @param integration the mocks
     * @param calls where the calls are counted, by state name
     * @return what the run reached
     */
    Reach run(JsonNode input, TaskIntegration integration, Map<String, Integer> calls) {
        count++;
        int[] total = {0};
        boolean[] looped = {false};
        TaskIntegration counting = request -> {
            if (++total[0] > MAX_CALLS) {
                looped[0] = true;
                return TaskOutcome.failure(LOOP_ERROR, "the scaffold stopped a loop");
            }
            calls.merge(request.stateName(), 1, Integer::sum);
            return integration.invoke(request);
        };
        Execution execution;
        try {
            execution = StateMachineRunner.create(instrumented.machine(), counting,
                    ExecutionOptions.defaults().withMaxTransitions(MAX_TRANSITIONS)).run(input);
        } catch (RuntimeException stopped) {
            return Reach.NONE;
        }
        return new Reach(execution, covered(execution), calls, looped[0]);
    }

    private Set<Target> covered(Execution execution) {
        Set<Target> covered = new LinkedHashSet<>();
        for (StateVisit visit : execution.visits()) {
            Target branch = instrumented.branches().get(visit.name());
            if (branch != null) {
                covered.add(branch);
                continue;
            }
            covered.add(Target.state(visit.name()));
            if (visit.caughtBy() >= 0) {
                covered.add(Targets.catchEdge(instrumented.machine(), visit.name(), visit.caughtBy()));
            }
        }
        return covered;
    }
}
