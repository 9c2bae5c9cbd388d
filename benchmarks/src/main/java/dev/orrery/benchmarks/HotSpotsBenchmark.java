package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One small machine per interpreter hot spot, each running its hot spot a thousand times per execution: run with
 * {@code -prof gc} and compare {@code gc.alloc.rate.norm} (bytes per execution, exact under load) as well as the
 * time: {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main HotSpotsBenchmark -prof gc}.
 *
 * <ul>
 *   <li>{@code format}: a Choice loop whose Pass state calls {@code States.Format} with a string and two integers;
 *   <li>{@code mathAdd}: a Choice loop counting with {@code States.MathAdd};
 *   <li>{@code resultPath}: a loop placing results with {@code ResultPath} into a ten-field object;
 *   <li>{@code mapContext}: an inline Map of 1,000 items whose ItemSelector reads {@code $$.Map.Item} and whose
 *       Task reads nothing of the Context object;
 *   <li>{@code taskContext}: a loop of 500 Task states receiving their Context object.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotSpotsBenchmark {

    private static final String LOOP = """
            {"StartAt": "Init", "States": {
              "Init": {"Type": "Pass", "Result": {"i": 0, "a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7,
                       "h": 8, "name": "x"}, "Next": "Check"},
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThan": 1000, "Next": "Step"}],
                        "Default": "Done"},
              "Step": %s,
              "Done": {"Type": "Succeed"}}}""";

    private static final Map<String, String> MACHINES = Map.of(
            "format", LOOP.formatted("""
                    {"Type": "Pass", "Parameters": {"text.$": "States.Format('item {} of {} ({})', $.i, $.a, $.name)",
                      "i.$": "States.MathAdd($.i, 1)"}, "ResultPath": "$.step", "Next": "Copy"},
                     "Copy": {"Type": "Pass", "InputPath": "$.step.i", "ResultPath": "$.i", "Next": "Check"}"""),
            "mathAdd", LOOP.formatted("""
                    {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)"}, "ResultPath": "$.step",
                     "Next": "Copy"}, "Copy": {"Type": "Pass", "InputPath": "$.step.i", "ResultPath": "$.i",
                     "Next": "Check"}"""),
            "resultPath", LOOP.formatted("""
                    {"Type": "Pass", "Parameters": {"v.$": "States.MathAdd($.i, 1)"}, "ResultPath": "$.next",
                     "Next": "Place"}, "Place": {"Type": "Pass", "InputPath": "$.next.v", "ResultPath": "$.i",
                     "Next": "Check"}"""),
            "mapContext", """
                    {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                      "ResultSelector": {"n.$": "States.ArrayLength($)"},
                      "ItemSelector": {"value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
                      "ItemProcessor": {"StartAt": "T", "States": {"T": {"Type": "Task",
                        "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}}}}}}""",
            "taskContext", LOOP.formatted("""
                    {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                     "Parameters": {"i.$": "$.i"}, "ResultSelector": {"v.$": "States.MathAdd($.Payload.i, 2)"},
                     "ResultPath": "$.next", "Next": "Place"}, "Place": {"Type": "Pass", "InputPath": "$.next.v",
                     "ResultPath": "$.i", "Next": "Check"}"""));

    /** The hot spot: {@code format}, {@code mathAdd}, {@code resultPath}, {@code mapContext}, {@code taskContext}. */
    @Param({"format", "mathAdd", "resultPath", "mapContext", "taskContext"})
    public String spot = "";

    private StateMachineRunner runner = StateMachineRunner.create(
            AslParser.parse("{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Succeed\"}}}").orThrow(),
            TaskMocks.builder().build());
    private JsonNode input = JsonNodeFactory.instance.objectNode();

    /** Compile the machine of the hot spot and check one execution succeeds. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        TaskIntegration echo = request -> TaskOutcome.success(
                JsonNodeFactory.instance.objectNode().set("Payload", request.payload()));
        runner = StateMachineRunner.createExpress(AslParser.parse(MACHINES.get(spot)).orThrow(), echo,
                ExecutionOptions.defaults());
        StringBuilder items = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 1000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\": ").append(i).append("}");
        }
        input = new ObjectMapper().readTree(items.append("]}").toString());
        Execution execution = runner.run(input);
        if (execution.error() != null) {
            throw new IllegalStateException(spot + " failed: " + execution.error() + " " + execution.cause());
        }
    }

    /** Run one execution. */
    @Benchmark
    public Execution execution() {
        return runner.run(input);
    }
}
