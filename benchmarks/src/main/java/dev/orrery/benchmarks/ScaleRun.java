package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * How the cost of one execution grows with its size: prints, per series and size, the median wall time of the
 * measured runs and the process CPU time per run (all threads, GC included, the mean over the batch: steadier than
 * wall time on a loaded machine), in steady state with no forced collection between runs; the peak heap of one more
 * run (after a collection, pool peaks reset); and the growth exponents from the previous size
 * ({@code log(t2/t1) / log(n2/n1)}; 1 is linear).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.orrery.benchmarks.ScaleRun [series...] [--max N]
 * [--runs R]}, where the series are {@code map}, {@code jsonata-map}, {@code loop}, {@code retry}, {@code payload}
 * and {@code wait} (default: all); {@code --max} caps the largest size of each series (default 100,000 Map items and
 * 1,000,000 loop transitions).
 */
public final class ScaleRun {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScaleRun() {}

    /** One size of a series: its label, the number it scales with, and how to run it once. */
    private record Point(String label, long size, StateMachineRunner runner, JsonNode input, ExecutionOptions options) {
        Execution run() {
            return runner.run(input, options);
        }
    }

    /** Run the series named on the command line (all by default). */
    public static void main(String[] args) throws Exception {
        List<String> series = new ArrayList<>();
        long max = Long.MAX_VALUE;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--max" -> max = Long.parseLong(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> series.add(args[i]);
            }
        }
        if (series.isEmpty()) {
            series.addAll(List.of("map", "jsonata-map", "loop", "retry", "payload", "wait"));
        }
        System.out.printf(Locale.ROOT, "%-8s %10s %11s %11s %9s %9s %9s%n", "series", "size", "wall ms", "cpu ms",
                "peak MiB", "exp wall", "exp cpu");
        for (String name : series) {
            List<Point> points = switch (name) {
                case "map" -> sizes(max, new long[] {1_000, 10_000, 100_000, 1_000_000}, ScaleRun::map);
                // not 10^6: a million items are past the size of one JSONata value, about 7 MB on AWS (the limits guide)
                case "jsonata-map" -> sizes(max, new long[] {1_000, 10_000, 100_000}, ScaleRun::jsonataMap);
                case "loop" -> sizes(max, new long[] {10_000, 100_000, 1_000_000}, ScaleRun::loop);
                case "retry" -> sizes(max, new long[] {100, 1_000, 8_000}, ScaleRun::retry);
                case "payload" -> sizes(max, new long[] {1_024, 16_384, 65_536, 262_000}, ScaleRun::payload);
                case "wait" -> List.of(waitFor("1 s", 1), waitFor("1 year", 365L * 24 * 60 * 60));
                default -> throw new IllegalArgumentException("unknown series " + name
                        + " (map, jsonata-map, loop, retry, payload, wait)");
            };
            measure(name, points, runs);
        }
    }

    private static List<Point> sizes(long max, long[] sizes, IntFunction<Point> point) {
        List<Point> points = new ArrayList<>();
        for (long size : sizes) {
            if (size <= max) {
                points.add(point.apply((int) size));
            }
        }
        return points;
    }

    private static void measure(String series, List<Point> points, int runs) {
        Point previous = null;
        double previousMillis = 0;
        double previousCpuMillis = 0;
        for (Point point : points) {
            checkSucceeded(series, point);
            // warm up on the same size for about as long as the measured runs take (at least the given runs and a
            // second): fewer runs of a small size would measure code the JIT has not compiled yet
            long warmupStart = System.nanoTime();
            for (int i = 0; i < Math.max(2, runs) || System.nanoTime() - warmupStart < 1_000_000_000L; i++) {
                point.run();
            }
            // at least the given runs and a second of runs: the process CPU clock ticks in milliseconds
            List<Double> walls = new ArrayList<>();
            long cpuStart = RunMeters.processCpuNanos();
            long batchStart = System.nanoTime();
            while (walls.size() < runs || System.nanoTime() - batchStart < 1_000_000_000L) {
                long start = System.nanoTime();
                point.run();
                walls.add((System.nanoTime() - start) / 1e6);
            }
            double cpuMedian = (RunMeters.processCpuNanos() - cpuStart) / 1e6 / walls.size();
            double[] millis = walls.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = millis[millis.length / 2];
            System.gc();
            RunMeters.resetPeaks();
            point.run();
            long peak = RunMeters.peakHeapMiB();
            String exponent = previous == null || point.size() == previous.size() ? ""
                    : String.format(Locale.ROOT, "%.2f",
                            Math.log(median / previousMillis) / Math.log((double) point.size() / previous.size()));
            String cpuExponent = previous == null || point.size() == previous.size() ? ""
                    : String.format(Locale.ROOT, "%.2f",
                            Math.log(cpuMedian / previousCpuMillis) / Math.log((double) point.size() / previous.size()));
            System.out.printf(Locale.ROOT, "%-8s %10s %11.2f %11.2f %9d %9s %9s%n", series, point.label(), median,
                    cpuMedian, peak, exponent, cpuExponent);
            previous = point;
            previousMillis = median;
            previousCpuMillis = cpuMedian;
        }
    }

    /** Run the point once and fail unless it succeeds; nothing of the run is kept while the next ones run. */
    private static void checkSucceeded(String series, Point point) {
        Execution first = point.run();
        if (first.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException(series + " " + point.label() + " ended " + first.status() + ": "
                    + first.error() + " " + first.cause());
        }
    }

    private static ExecutionOptions unbounded() {
        return ExecutionOptions.defaults().withMaxTransitions(Integer.MAX_VALUE);
    }

    private static StateMachineRunner express(String definition, TaskIntegration integration) {
        return StateMachineRunner.createExpress(AslParser.parse(definition).orThrow(), integration, unbounded());
    }

    private static StateMachineRunner standard(String definition, TaskIntegration integration) {
        return StateMachineRunner.create(AslParser.parse(definition).orThrow(), integration, unbounded());
    }

    /** An inline Map (Express, so no history quota) over {@code items} numbers, an ItemSelector and one Pass state per item. */
    private static Point map(int items) {
        String definition = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                  "ResultSelector": {"count.$": "States.ArrayLength($)"}, "ResultPath": "$.result", "OutputPath": "$.result",
                  "ItemSelector": {"n.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""";
        ArrayNode values = NODES.arrayNode(items);
        for (int i = 0; i < items; i++) {
            values.add(i);
        }
        ObjectNode input = NODES.objectNode();
        input.set("items", values);
        return new Point(String.valueOf(items), items, express(definition, none()), input, unbounded());
    }

    /** The same Map in JSONata: Items, an ItemSelector reading {@code $states.context.Map.Item}, and Output. */
    private static Point jsonataMap(int items) {
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "Items": "{% $states.input.items %}", "Output": {"count": "{% $count($states.result) %}"},
                  "ItemSelector": {"n": "{% $states.context.Map.Item.Value %}",
                                   "index": "{% $states.context.Map.Item.Index %}"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""";
        Point inline = map(items);
        return new Point(inline.label(), items, express(definition, none()), inline.input(), unbounded());
    }

    /** A Choice loop (Express) of {@code transitions} state transitions: a counter Pass and a Choice per round. */
    private static Point loop(int transitions) {
        String definition = """
                {"StartAt": "Init", "States": {
                  "Init": {"Type": "Pass", "Result": 0, "ResultPath": "$.i", "Next": "Check"},
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThan": %d, "Next": "Inc"}],
                            "Default": "Done"},
                  "Inc": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)"}, "Next": "Check"},
                  "Done": {"Type": "Succeed"}}}""".formatted(transitions / 2);
        return new Point(String.valueOf(transitions), transitions, express(definition, none()), NODES.objectNode(),
                unbounded());
    }

    /**
     * A Task that fails {@code retries} times and then succeeds (Standard, 1 s between attempts). An Express
     * execution cannot wait that long, and a Standard one records three events per attempt within AWS's quota of
     * 25,000 events: 8,000 retries is the largest decade-like size that fits.
     */
    private static Point retry(int retries) {
        String definition = """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f",
                  "Retry": [{"ErrorEquals": ["Boom"], "IntervalSeconds": 1, "BackoffRate": 1.0,
                             "MaxAttempts": %d}], "End": true}}}""".formatted(retries);
        TaskIntegration integration = request -> request.retryCount() < retries
                ? TaskOutcome.failure("Boom", "try again")
                : TaskOutcome.success(NODES.objectNode().put("ok", true));
        return new Point(String.valueOf(retries), retries, standard(definition, integration), NODES.objectNode(),
                unbounded());
    }

    /** Ten Pass states (Express) carrying a payload of about {@code bytes} bytes, each adding a field to it. */
    private static Point payload(int bytes) {
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            states.append(i == 0 ? "" : ",").append("\"S").append(i).append("\": {\"Type\": \"Pass\", \"Result\": ")
                    .append(i).append(", \"ResultPath\": \"$.s").append(i).append("\", ")
                    .append(i == 9 ? "\"End\": true}" : "\"Next\": \"S" + (i + 1) + "\"}");
        }
        String definition = "{\"StartAt\": \"S0\", \"States\": {" + states + "}}";
        ArrayNode records = NODES.arrayNode();
        ObjectNode input = NODES.objectNode();
        input.set("records", records);
        int size = 20;
        for (int i = 0; size < bytes - 200; i++) {
            ObjectNode record = records.addObject().put("id", i).put("name", "record-" + i).put("ok", i % 2 == 0);
            size += record.toString().length() + 1;
        }
        String label = bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " B";
        return new Point(label, bytes, express(definition, none()), input, unbounded());
    }

    /** One Wait state of the given seconds (Standard). */
    private static Point waitFor(String label, long seconds) {
        String definition = """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": %d, "End": true}}}""".formatted(seconds);
        ExecutionOptions options = unbounded().withMaxVirtualDuration(Duration.ofDays(400));
        return new Point(label, seconds, standard(definition, none()), NODES.objectNode(), options);
    }

    private static TaskIntegration none() {
        return TaskMocks.builder().build();
    }
}
