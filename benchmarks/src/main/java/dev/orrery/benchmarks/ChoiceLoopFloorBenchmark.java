package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor under {@code 02-choice-loop-1000}: its data flow written by hand with Jackson, no interpreter, plus two
 * history events (entered, exited) per transition, each an object with an id, the previous id, a timestamp, a type
 * and a details object holding the state's name and its input or output, kept until the run ends as an execution
 * keeps its history. One invocation is one execution of 2,002 transitions (Init, a thousand rounds of Increment and
 * Check, Done), so its time divided by 2,002 compares with {@code PeerMachinesBenchmark}'s per-transition figure:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar -f 1 -p machine=02-choice-loop-1000   # Orrery, us/transition
 * java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main ChoiceLoopFloorBenchmark -f 1
 * }</pre>
 *
 * <p>{@code floor} hands each state its input by reference; {@code floorWithCopies} also deep-copies the execution's
 * input once and each output it keeps, as an interpreter that owns its data must at its edges.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChoiceLoopFloorBenchmark {

    /** The transitions of one execution of the loop. */
    public static final int TRANSITIONS = 2_002;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final TextNode INIT = TextNode.valueOf("Init");
    private static final TextNode INCREMENT = TextNode.valueOf("Increment");
    private static final TextNode CHECK = TextNode.valueOf("Check");
    private static final TextNode DONE = TextNode.valueOf("Done");

    /** One recorded history event. */
    record Event(long id, long previousEventId, Instant timestamp, String type, ObjectNode details) {}

    private final JsonNode input = NODES.objectNode();

    /** Run the loop, its input and outputs passed by reference. */
    @Benchmark
    public List<Event> floor() {
        return run(input, false);
    }

    /** Run the loop, copying the input once and every output it keeps. */
    @Benchmark
    public List<Event> floorWithCopies() {
        return run(input.deepCopy(), true);
    }

    private static List<Event> run(JsonNode executionInput, boolean copies) {
        List<Event> history = new ArrayList<>(2 * TRANSITIONS + 2);
        ObjectNode started = NODES.objectNode();
        started.set("input", executionInput);
        record(history, "ExecutionStarted", started);
        // Init: Parameters {"counter": 0, "limit": 1000}
        record(history, "PassStateEntered", entered(INIT, executionInput));
        ObjectNode data = NODES.objectNode();
        data.put("counter", 0);
        data.put("limit", 1000);
        record(history, "PassStateExited", exited(INIT, copies ? data.deepCopy() : data));
        while (true) {
            // Increment: {"counter.$": "States.MathAdd($.counter, 1)", "limit.$": "$.limit"}
            record(history, "PassStateEntered", entered(INCREMENT, data));
            JsonNode counter = data.get("counter");
            ObjectNode next = NODES.objectNode();
            next.set("counter", IntNode.valueOf(counter.intValue() + 1));
            next.set("limit", data.get("limit"));
            data = next;
            record(history, "PassStateExited", exited(INCREMENT, copies ? data.deepCopy() : data));
            // Check: $.counter < $.limit -> Increment; IsNumeric and >= 1000 -> Done
            record(history, "ChoiceStateEntered", entered(CHECK, data));
            JsonNode value = data.get("counter");
            JsonNode limit = data.get("limit");
            boolean again = value.isNumber() && limit.isNumber() && value.decimalValue().compareTo(
                    limit.decimalValue()) < 0;
            record(history, "ChoiceStateExited", exited(CHECK, data));
            if (!again) {
                if (!(value.isNumber() && value.intValue() >= 1000)) {
                    throw new IllegalStateException("counter escaped the loop");
                }
                break;
            }
        }
        record(history, "SucceedStateEntered", entered(DONE, data));
        record(history, "SucceedStateExited", exited(DONE, data));
        ObjectNode succeeded = NODES.objectNode();
        succeeded.set("output", data);
        record(history, "ExecutionSucceeded", succeeded);
        return history;
    }

    private static ObjectNode entered(TextNode name, JsonNode stateInput) {
        ObjectNode details = NODES.objectNode();
        details.set("name", name);
        details.set("input", stateInput);
        return details;
    }

    private static ObjectNode exited(TextNode name, JsonNode output) {
        ObjectNode details = NODES.objectNode();
        details.set("name", name);
        details.set("output", output);
        return details;
    }

    private static void record(List<Event> history, String type, ObjectNode details) {
        long id = history.size() + 1L;
        history.add(new Event(id, id - 1, START, type, details));
    }
}
