package dev.orrery.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A law over generated machines ({@link MachineGenerator} fed by a seeded random source instead of the fuzzer): the
 * history of any run is well formed. Ids count up from 1; every previous event id is 0 or an earlier event's id; the
 * history opens with {@code ExecutionStarted} and ends with the one event that ends the execution; every state that
 * exits or is aborted was entered, with the exit event of its own type; and in a run that succeeded without a failed
 * iteration or branch, every state entered exits.
 */
class HistoryWellFormedTests {

    private static final Set<String> ENDS = Set.of("ExecutionSucceeded", "ExecutionFailed", "ExecutionTimedOut",
            "ExecutionAborted");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("orrery.laws.seeds", 300));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_history_of_any_run_is_well_formed(long seed) {
        MachineGenerator generator = new MachineGenerator(seeded(seed));
        ObjectNode definition = generator.machine();
        ObjectNode input = generator.input();
        String text = definition.toPrettyString();
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(text, "generated.asl.json").orThrow(),
                generator.mocks(), ExecutionOptions.defaults().withSeed(seed).withMaxTransitions(300)
                        .withMaxVirtualDuration(Duration.ofDays(2)));
        Execution execution;
        try {
            execution = runner.run(input);
        } catch (ExecutionLimitExceededException guard) {
            return;
        }

        assertWellFormed(execution.history().events(), execution.status(), text);
    }

    private static void assertWellFormed(List<HistoryEvent> events, ExecutionStatus status, String text) {
        assertThat(events).as("the history of%n%s", text).isNotEmpty();
        assertThat(events.get(0).type()).isEqualTo("ExecutionStarted");
        Map<String, Integer> open = new HashMap<>();
        Map<String, String> enteredType = new HashMap<>();
        boolean failedInside = false;
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent event = events.get(i);
            assertThat(event.id()).as("the id of event %d of%n%s", i, text).isEqualTo(i + 1L);
            assertThat(event.previousEventId()).as("the previous id of event %d of%n%s", event.id(), text)
                    .isBetween(0L, event.id() - 1);
            assertThat(ENDS.contains(event.type())).as("an execution end before the last event of%n%s", text)
                    .isEqualTo(i == events.size() - 1);
            String type = event.type();
            failedInside |= type.equals("MapIterationFailed") || type.equals("ParallelStateFailed")
                    || type.equals("MapStateFailed");
            String name = event.details() == null || !event.details().has("name") ? null
                    : event.details().get("name").asText();
            if (type.endsWith("StateEntered")) {
                open.merge(name, 1, Integer::sum);
                enteredType.put(name, type.substring(0, type.length() - "StateEntered".length()));
            } else if (type.endsWith("StateExited")) {
                String kind = type.substring(0, type.length() - "StateExited".length());
                assertThat(open.getOrDefault(name, 0)).as("entries of %s before its exit in%n%s", name, text)
                        .isPositive();
                assertThat(enteredType.get(name)).as("the type of %s in%n%s", name, text).isEqualTo(kind);
                open.merge(name, -1, Integer::sum);
            }
        }
        long aborted = events.stream().filter(e -> e.type().endsWith("StateAborted")).count();
        long stillOpen = open.values().stream().mapToLong(Integer::longValue).sum();
        assertThat(stillOpen).as("states entered and never left in%n%s", text).isGreaterThanOrEqualTo(aborted);
        if (status == ExecutionStatus.SUCCEEDED && !failedInside) {
            assertThat(stillOpen).as("states entered and never left in a successful run of%n%s", text).isZero();
        }
        Set<Long> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        assertThat(ids).hasSize(events.size());
    }

    private static int between(Random random, int min, int max) {
        return (int) (min + Math.floorMod(random.nextLong(), (long) max - min + 1));
    }

    /**
     * A {@link FuzzedDataProvider} that answers the calls the generator makes from a seeded random source, so
     * that the law runs as a plain parameterized test.
     */
    private static FuzzedDataProvider seeded(long seed) {
        Random random = new Random(seed);
        return (FuzzedDataProvider) Proxy.newProxyInstance(HistoryWellFormedTests.class.getClassLoader(),
                new Class<?>[] {FuzzedDataProvider.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "consumeBoolean" -> random.nextBoolean();
                    case "consumeInt" -> args == null ? random.nextInt() : between(random, (Integer) args[0],
                            (Integer) args[1]);
                    case "consumeAsciiString" -> {
                        int length = random.nextInt((Integer) args[0] + 1);
                        StringBuilder builder = new StringBuilder(length);
                        for (int c = 0; c < length; c++) {
                            builder.append((char) (32 + random.nextInt(95)));
                        }
                        yield builder.toString();
                    }
                    case "consumeLong" -> random.nextLong();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "seeded data " + seed;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
