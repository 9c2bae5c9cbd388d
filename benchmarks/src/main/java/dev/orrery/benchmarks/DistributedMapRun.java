package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import java.lang.management.ManagementFactory;

/**
 * Runs one distributed Map over 100,000 JSONL items (read through a mocked {@code s3:getObject}) in batches of 100 and
 * prints per run the wall time, the process CPU time (JIT compiler and GC threads included), the bytes the run
 * allocated and the peak heap use: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.orrery.benchmarks.DistributedMapRun [items] [runs]}.
 */
public final class DistributedMapRun {

    private static final String DEFINITION = """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSONL"},
                             "Parameters": {"Bucket": "in", "Key": "items.jsonl"}},
              "ItemBatcher": {"MaxItemsPerBatch": 100},
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                "StartAt": "Count", "States": {"Count": {"Type": "Pass", "Parameters": {"first.$": "$.Items[0].id"},
                                                         "End": true}}}}}}""";

    private DistributedMapRun() {}

    /** Run the Map {@code runs} times (default 3) over {@code items} items (default 100,000). */
    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < items; i++) {
            jsonl.append("{\"id\": ").append(i).append(", \"name\": \"item-").append(i).append("\"}\n");
        }
        JsonNode object = JsonNodeFactory.instance.objectNode().put("Body", jsonl.toString());
        TaskMocks mocks = TaskMocks.builder().resource("arn:aws:states:::s3:getObject").returns(object).build();
        StateMachineRunner runner = StateMachineRunner.create(AslParser.parse(DEFINITION).orThrow(), mocks);
        JsonNode input = new ObjectMapper().createObjectNode();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            System.gc();
            RunMeters.resetPeaks();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long cpu = RunMeters.processCpuNanos();
            long start = System.nanoTime();
            Execution execution = runner.run(input);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %s, %d batches, %d ms, cpu %d ms, allocated %d MiB, peak heap %d MiB%n", run,
                    execution.status(), execution.output() == null ? 0 : execution.output().size(), millis,
                    (RunMeters.processCpuNanos() - cpu) / 1_000_000,
                    (threads.getCurrentThreadAllocatedBytes() - allocated) / (1024 * 1024), RunMeters.peakHeapMiB());
        }
    }
}
