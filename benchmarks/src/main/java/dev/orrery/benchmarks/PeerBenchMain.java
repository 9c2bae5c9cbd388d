package dev.orrery.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PeerMachinesBenchmark} (JMH command line options are accepted, e.g. {@code -f 1 -wi 2 -i 3
 * -p machine=01-linear-10}) and prints {@code machine: X us/transition} per machine.
 */
public final class PeerBenchMain {

    private PeerBenchMain() {}

    /** Run the benchmark and print microseconds per transition. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        if (commandLine.shouldHelp()) {
            commandLine.showHelp();
            return;
        }
        Options options = new OptionsBuilder()
                .parent(commandLine)
                .include(PeerMachinesBenchmark.class.getSimpleName())
                .build();
        if (commandLine.shouldList() || commandLine.shouldListWithParams()) {
            new Runner(options).list();
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        Path dir = PeerMachine.dir();
        System.out.println();
        for (RunResult result : results) {
            String machine = result.getParams().getParam("machine");
            int transitions = PeerMachine.transitions(PeerMachine.load(dir, machine).run());
            double microsPerExecution = result.getPrimaryResult().getScore();
            System.out.printf(Locale.ROOT, "%s: %.3f us/transition (%.1f us/execution, %d transitions)%n",
                    machine, microsPerExecution / transitions, microsPerExecution, transitions);
        }
    }
}
