package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.history.HistoryEvent;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrencyDeterminismTests {

    private static final String FAN_OUT = """
            {'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': [
              {'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'MaxConcurrency': 3, 'End': true,
                'ItemProcessor': {'StartAt': 'Work', 'States': {'Work': {'Type': 'Task',
                  'Resource': 'arn:aws:states:::lambda:invoke', 'End': true,
                  'Retry': [{'ErrorEquals': ['Flaky'], 'MaxAttempts': 3, 'JitterStrategy': 'FULL'}]}}}}}},
              {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 7, 'End': true}}}]}}}""";

    private static final String INPUT = "[1, 2, 3, 4, 5, 6, 7, 8]";

    /** Fails every third call (by invocation number), answers the rest after a latency that depends on the item. */
    private static final TaskIntegration TASKS = request -> request.invocation() % 3 == 2
            ? new TaskOutcome.Failure("Flaky", null, Duration.ofSeconds(1), List.of())
            : new TaskOutcome.Success(json("{'double': " + 2 * request.payload().asInt() + "}"),
                    Duration.ofSeconds(request.payload().asInt() % 4 + 1));

    @Test
    void the_same_seed_gives_the_same_history_on_every_run() {
        ExecutionOptions options = ExecutionOptions.defaults().withSeed(42).withShuffledIterations(true);
        List<HistoryEvent> first = run(FAN_OUT, INPUT, TASKS, options).history().events();

        for (int i = 0; i < 100; i++) {
            assertThat(run(FAN_OUT, INPUT, TASKS, options).history().events()).isEqualTo(first);
        }
    }

    @Test
    void different_shuffle_seeds_change_the_order_but_not_the_output_of_an_order_independent_workflow() {
        Set<List<Integer>> startOrders = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            Execution execution = run(FAN_OUT, INPUT, TASKS,
                    ExecutionOptions.defaults().withSeed(seed).withShuffledIterations(true));

            assertThat(execution.output()).isEqualTo(json("""
                    [[{'double': 2}, {'double': 4}, {'double': 6}, {'double': 8}, {'double': 10}, {'double': 12},
                      {'double': 14}, {'double': 16}], [1, 2, 3, 4, 5, 6, 7, 8]]"""));
            startOrders.add(iterationStartOrder(execution));
        }
        assertThat(startOrders).hasSizeGreaterThan(1);
    }

    @Test
    void without_shuffling_iterations_start_in_index_order_whatever_the_seed() {
        for (long seed = 0; seed < 5; seed++) {
            Execution execution = run(FAN_OUT, INPUT, TASKS, ExecutionOptions.defaults().withSeed(seed));

            assertThat(iterationStartOrder(execution)).isEqualTo(IntStream.range(0, 8).boxed().toList());
        }
    }

    private static List<Integer> iterationStartOrder(Execution execution) {
        return execution.history().events().stream().filter(e -> e.type().equals("MapIterationStarted"))
                .map(e -> e.details().get("index").asInt()).toList();
    }
}
