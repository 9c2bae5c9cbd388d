package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.io.File;
import java.io.IOException;

/**
 * What an inline Map keeps while it runs: runs a Map (no MaxConcurrency) over {@code items} numbers whose iterations
 * each run one Task state, and when the first iteration calls its Task writes this JVM's class histogram
 * ({@code jcmd <pid> GC.class_histogram}, live objects after a full collection) to a file; by then every iteration
 * has started (its {@code MapIterationStarted} recorded) and all but the first wait for their turn.
 * {@code java -cp benchmarks/target/benchmarks.jar dev.orrery.benchmarks.MapInFlightHistogram [items] [file]}
 * (default 100,000 items, {@code map-in-flight-histogram.txt}).
 */
public final class MapInFlightHistogram {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String DEFINITION = """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "End": true,
              "ResultSelector": {"count.$": "States.ArrayLength($)"}, "ResultPath": "$.result", "OutputPath": "$.result",
              "ItemSelector": {"n.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
              "ItemProcessor": {"StartAt": "T", "States": {"T": {"Type": "Task",
                "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}}}}}}""";

    private MapInFlightHistogram() {}

    /** Run the Map once and write the histogram taken when its first iteration runs. */
    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        File file = new File(args.length > 1 ? args[1] : "map-in-flight-histogram.txt");
        ArrayNode values = NODES.arrayNode(items);
        for (int i = 0; i < items; i++) {
            values.add(i);
        }
        ObjectNode input = NODES.objectNode();
        input.set("items", values);
        boolean[] taken = {false};
        TaskIntegration integration = request -> {
            if (!taken[0]) {
                taken[0] = true;
                histogram(file);
            }
            return TaskOutcome.success(NODES.objectNode().put("ok", true));
        };
        ExecutionOptions options = ExecutionOptions.defaults().withMaxTransitions(Integer.MAX_VALUE);
        StateMachineRunner runner = StateMachineRunner.createExpress(AslParser.parse(DEFINITION).orThrow(), integration,
                options);
        Execution execution = runner.run(input, options);
        System.out.printf("%s %s; histogram in %s%n", execution.status(), execution.output(), file);
    }

    private static void histogram(File file) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()),
                    "GC.class_histogram").redirectErrorStream(true).redirectOutput(file).start();
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd failed: see " + file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for jcmd", e);
        }
    }
}
