package dev.orrery.benchmarks;

import dev.orrery.run.Execution;
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
 * Microseconds per execution of each peer-bench machine: compiled once in setup, one execution per invocation.
 *
 * <p>{@link PeerBenchMain} divides by the machine's transitions (states entered plus retries) to print
 * {@code machine: X us/transition}, the unit of the peer benchmark {@code bench.mjs}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PeerMachinesBenchmark {

    /** The machine to run: the file name without {@code .json} in the machines folder. */
    @Param({"01-linear-10", "02-choice-loop-1000", "03-map-1000x3", "04-parallel-4x5", "05-retry-catch"})
    public String machine = "";

    private PeerMachine peer;

    /** The transitions of one execution, counted from the history of an untimed run. */
    public int transitions;

    /** Load and compile the machine, and count the transitions of one execution. */
    @Setup(Level.Trial)
    public void setUp() {
        peer = PeerMachine.load(PeerMachine.dir(), machine);
        transitions = PeerMachine.transitions(peer.run());
    }

    /** Run one execution. */
    @Benchmark
    public Execution execution() {
        return peer.run();
    }
}
