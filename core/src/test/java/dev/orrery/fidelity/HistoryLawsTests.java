package dev.orrery.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A law: the history of any run is well-formed. Ids count up from 1 without gaps, each previous event id names an
 * earlier event, timestamps never go back, the run starts with {@code ExecutionStarted} and ends with one terminal
 * event, every {@code *StateExited} closes an open {@code *StateEntered} of the same name, and in a run that succeeded
 * outside Map and Parallel every entered state exits (a Fail state ends the run instead). Checked on machines
 * generated from a seed (Pass, Wait, Choice, Task with failures, retries and catchers, Parallel, Map, Fail, Succeed),
 * so every run checks the same cases.
 */
class HistoryLawsTests {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MACHINES_PER_SEED = 20;
    private static final ExecutionOptions OPTIONS = ExecutionOptions.defaults().withMaxTransitions(2_000);

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void the_history_of_any_run_is_well_formed(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < MACHINES_PER_SEED; i++) {
            Generated generated = new Generated(random.split());
            ObjectNode definition = generated.machine();
            ParseResult parsed = AslParser.parse(definition.toString());
            assertThat(parsed.errors()).as("%s", definition.toPrettyString()).isEmpty();
            Execution execution = StateMachineRunner.create(parsed.orThrow(), generated.mocks.build(),
                    OPTIONS.withSeed(seed)).run(JSON.objectNode().put("n", random.nextInt(5))
                    .set("items", JSON.arrayNode().add(1).add(2).add(3)));

            assertWellFormed(execution, definition.toPrettyString());
        }
    }

    private static void assertWellFormed(Execution execution, String definition) {
        List<HistoryEvent> events = execution.history().events();
        assertThat(events).as(definition).isNotEmpty();
        assertThat(events.get(0).type()).isEqualTo("ExecutionStarted");
        Map<String, Integer> open = new HashMap<>();
        boolean insideFanOut = false;
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent event = events.get(i);
            assertThat(event.id()).as("id of event %s of%n%s", i, definition).isEqualTo(i + 1L);
            assertThat(event.previousEventId()).as("previous id of event %s", event.id())
                    .isBetween(0L, event.id() - 1);
            if (i > 0) {
                assertThat(event.timestamp()).as("timestamp of event %s", event.id())
                        .isAfterOrEqualTo(events.get(i - 1).timestamp());
            }
            boolean terminal = event.type().startsWith("Execution") && !event.type().equals("ExecutionStarted");
            assertThat(terminal).as("terminal event %s before the end of%n%s", event.type(), definition)
                    .isEqualTo(i == events.size() - 1);
            String name = event.detail("name") == null ? null : event.detail("name").asText();
            if (event.type().endsWith("StateEntered")) {
                open.merge(name, 1, Integer::sum);
                insideFanOut |= event.type().startsWith("Map") || event.type().startsWith("Parallel");
            } else if (event.type().endsWith("StateExited")) {
                assertThat(open.getOrDefault(name, 0)).as("%s of %s closes an entered state in%n%s",
                        event.type(), name, definition).isPositive();
                open.merge(name, -1, Integer::sum);
            }
        }
        if (execution.status() == ExecutionStatus.SUCCEEDED && !insideFanOut) {
            assertThat(open.values()).as("states entered but not exited in%n%s", definition).allMatch(n -> n == 0);
        }
    }

    /** Builds one machine from the random source, with a mock for every Task state. */
    private static final class Generated {

        private final SplittableRandom random;
        private final TaskMocks.Builder mocks = TaskMocks.builder();
        private int counter;

        Generated(SplittableRandom random) {
            this.random = random;
        }

        ObjectNode machine() {
            ObjectNode states = JSON.objectNode();
            ObjectNode machine = JSON.objectNode();
            machine.put("StartAt", chain(states, 0));
            machine.set("States", states);
            return machine;
        }

        /** Add a chain of states to {@code states} and return the name of its first state. */
        private String chain(ObjectNode states, int depth) {
            int length = 1 + random.nextInt(4);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                names.add("S" + counter++);
            }
            for (int i = 0; i < length; i++) {
                String next = i + 1 < length ? names.get(i + 1) : null;
                states.set(names.get(i), state(states, names.get(i), next, depth));
            }
            return names.get(0);
        }

        private ObjectNode state(ObjectNode states, String name, String next, int depth) {
            int kind = random.nextInt(depth >= 2 ? 6 : 8);
            ObjectNode state = switch (kind) {
                case 0 -> JSON.objectNode().put("Type", "Pass");
                case 1 -> JSON.objectNode().put("Type", "Wait").put("Seconds", random.nextInt(5));
                case 2, 3 -> task(states, name);
                case 4 -> choice(states, next);
                case 5 -> next == null ? terminal() : JSON.objectNode().put("Type", "Pass");
                case 6 -> parallel(states, depth);
                default -> map(depth);
            };
            if (state.path("Type").asText().equals("Choice") || state.path("Type").asText().equals("Succeed")
                    || state.path("Type").asText().equals("Fail")) {
                return state;
            }
            return next == null ? state.put("End", true) : state.put("Next", next);
        }

        private ObjectNode terminal() {
            return random.nextBoolean() ? JSON.objectNode().put("Type", "Succeed")
                    : JSON.objectNode().put("Type", "Fail").put("Error", "Generated.Failure");
        }

        private ObjectNode task(ObjectNode states, String name) {
            ObjectNode task = JSON.objectNode().put("Type", "Task").put("Resource", "arn:aws:states:::lambda:invoke")
                    .put("TimeoutSeconds", 30);
            List<TaskOutcome> outcomes = new ArrayList<>();
            int calls = 1 + random.nextInt(3);
            for (int i = 0; i < calls; i++) {
                outcomes.add(switch (random.nextInt(5)) {
                    case 0 -> TaskOutcome.failure("E", "cause");
                    case 1 -> TaskOutcome.failure(TaskOutcome.NO_ERROR, null);
                    case 2 -> TaskOutcome.NoResponse.silent();
                    default -> new TaskOutcome.Success(JSON.objectNode().put("ok", true),
                            Duration.ofSeconds(random.nextInt(3)));
                });
            }
            mocks.respond(name, outcomes.get(0), outcomes.subList(1, outcomes.size()).toArray(TaskOutcome[]::new));
            if (random.nextBoolean()) {
                task.putArray("Retry").addObject().put("IntervalSeconds", 1).put("MaxAttempts", random.nextInt(3))
                        .putArray("ErrorEquals").add(random.nextBoolean() ? "E" : "States.ALL");
            }
            if (random.nextBoolean()) {
                String caught = "Caught" + counter++;
                states.set(caught, JSON.objectNode().put("Type", "Pass").put("End", true));
                ObjectNode catcher = task.putArray("Catch").addObject().put("Next", caught);
                catcher.putArray("ErrorEquals").add(random.nextBoolean() ? "States.TaskFailed" : "States.ALL");
                catcher.put("ResultPath", "$.error");
            }
            return task;
        }

        private ObjectNode choice(ObjectNode states, String next) {
            String otherwise = "Default" + counter++;
            states.set(otherwise, terminal());
            ObjectNode choice = JSON.objectNode().put("Type", "Choice").put("Default", otherwise);
            ObjectNode rule = choice.putArray("Choices").addObject().put("Variable", "$.n")
                    .put("NumericGreaterThan", random.nextInt(5));
            rule.put("Next", next == null ? otherwise : next);
            return choice;
        }

        private ObjectNode parallel(ObjectNode states, int depth) {
            ObjectNode parallel = JSON.objectNode().put("Type", "Parallel").put("ResultPath", "$.branches");
            ArrayNode branches = parallel.putArray("Branches");
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                ObjectNode branchStates = JSON.objectNode();
                ObjectNode branch = branches.addObject();
                branch.put("StartAt", chain(branchStates, depth + 1));
                branch.set("States", branchStates);
            }
            if (random.nextBoolean()) {
                String caught = "Caught" + counter++;
                states.set(caught, JSON.objectNode().put("Type", "Pass").put("End", true));
                parallel.putArray("Catch").addObject().put("Next", caught).putArray("ErrorEquals").add("States.ALL");
            }
            return parallel;
        }

        private ObjectNode map(int depth) {
            ObjectNode map = JSON.objectNode().put("Type", "Map").put("ItemsPath", "$.items")
                    .put("MaxConcurrency", random.nextInt(3)).put("ResultPath", "$.results");
            map.putObject("ItemSelector").put("n.$", "$$.Map.Item.Value");
            ObjectNode processorStates = JSON.objectNode();
            ObjectNode processor = map.putObject("ItemProcessor");
            processor.put("StartAt", chain(processorStates, depth + 1));
            processor.set("States", processorStates);
            return map;
        }
    }
}
