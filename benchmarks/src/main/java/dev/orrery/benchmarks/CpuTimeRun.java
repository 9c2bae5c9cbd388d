package dev.orrery.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * CPU time per execution of the peer machines (and of the Choice loop's hand-written floor), measured with the running
 * thread's CPU time rather than the wall clock: on a shared machine other processes stretch wall times several-fold,
 * while the CPU time a thread spends on its own work changes far less. The collector's threads are not counted, so
 * read it beside JMH's {@code -prof gc} bytes per execution. A plain {@code main}:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.orrery.benchmarks.CpuTimeRun                      # every machine
 * java -cp benchmarks/target/benchmarks.jar dev.orrery.benchmarks.CpuTimeRun 02-choice-loop-1000 floor
 * }</pre>
 *
 * <p>Each name warms up for 4 s of CPU time, then runs seven rounds of 0.5 s and prints the median and the least
 * microseconds per execution, and per transition. {@code floor} and {@code floorWithCopies} are the benchmarks of
 * {@link ChoiceLoopFloorBenchmark}.
 */
public final class CpuTimeRun {

    private static final long WARM_UP_NANOS = 4_000_000_000L;
    private static final long ROUND_NANOS = 500_000_000L;
    private static final int ROUNDS = 7;

    private CpuTimeRun() {}

    /** Measure the named machines (all of the folder when none is named), {@code floor} and {@code floorWithCopies}. */
    public static void main(String[] args) {
        List<String> names = args.length > 0 ? List.of(args) : PeerMachine.names(PeerMachine.dir());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (String name : names) {
            IntSupplier execution;
            int transitions;
            if (name.startsWith("floor")) {
                ChoiceLoopFloorBenchmark floor = new ChoiceLoopFloorBenchmark();
                boolean copies = name.equals("floorWithCopies");
                execution = () -> (copies ? floor.floorWithCopies() : floor.floor()).size();
                transitions = ChoiceLoopFloorBenchmark.TRANSITIONS;
            } else {
                PeerMachine machine = PeerMachine.load(PeerMachine.dir(), name);
                execution = () -> machine.run().path().size();
                transitions = PeerMachine.transitions(machine.run());
            }
            long start = threads.getCurrentThreadCpuTime();
            while (threads.getCurrentThreadCpuTime() - start < WARM_UP_NANOS) {
                sink += execution.getAsInt();
            }
            double[] micros = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long roundStart = threads.getCurrentThreadCpuTime();
                long runs = 0;
                while (threads.getCurrentThreadCpuTime() - roundStart < ROUND_NANOS) {
                    for (int i = 0; i < 10; i++) {
                        sink += execution.getAsInt();
                        runs++;
                    }
                }
                micros[round] = (threads.getCurrentThreadCpuTime() - roundStart) / 1_000.0 / runs;
            }
            Arrays.sort(micros);
            System.out.printf(Locale.ROOT, "%s: %.2f us CPU/execution (least %.2f), %.3f us CPU/transition%n", name,
                    micros[ROUNDS / 2], micros[0], micros[ROUNDS / 2] / transitions);
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
