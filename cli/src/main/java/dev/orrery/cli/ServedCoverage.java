package dev.orrery.cli;

import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.CoverageReport;
import dev.orrery.coverage.CoverageSink;
import dev.orrery.coverage.StateMachineCoverage;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The coverage of {@code orrery serve --coverage DIR}: every execution that ends on the endpoint, per state machine
 * (by its ARN), written as the JUnit extension writes it ({@code coverage.json} and {@code index.html}) when the
 * server stops.
 */
final class ServedCoverage implements CoverageSink {

    private final Path directory;
    private Coverage coverage = Coverage.empty();
    // the definition last recorded under each ARN
    private final Map<String, StateMachine> definitions = new HashMap<>();
    private boolean written;

    ServedCoverage(Path directory) {
        this.directory = directory;
    }

    /**
     * Add the execution to the coverage of its state machine. An update keeps the ARN (and a state machine deleted
     * and created again may take it anew): when another definition was recorded under the ARN, the execution is
     * counted on the items of the definition that ran and merged, so that its new states are not lost.
     */
    @Override
    public synchronized void record(String name, String source, StateMachine stateMachine, Execution execution) {
        StateMachineCoverage current = coverage.stateMachine(source).orElse(null);
        StateMachine last = definitions.put(source, stateMachine);
        StateMachineCoverage updated;
        if (current == null) {
            updated = StateMachineCoverage.of(name, source, stateMachine).record(execution);
        } else if (last == stateMachine || stateMachine.equals(last)) {
            updated = current.record(execution);
        } else {
            updated = current.merge(StateMachineCoverage.of(name, source, stateMachine).record(execution));
        }
        coverage = new Coverage(coverage.stateMachines().stream()
                .filter(machine -> !machine.source().equals(source)).toList()).with(updated);
        written = false;
    }

    /** Return the coverage recorded so far. */
    synchronized Coverage coverage() {
        return coverage;
    }

    /** Write the report and print one summary line per state machine, once per change; report a failure. */
    synchronized void write(PrintStream err) {
        if (written) {
            return;
        }
        written = true;
        try {
            CoverageReport.write(directory, coverage);
        } catch (IOException e) {
            err.println("orrery: cannot write the coverage report to " + directory + ": " + e.getMessage());
            return;
        }
        coverage.stateMachines().forEach(machine -> err.println(machine.summary()));
        err.println("Orrery coverage report: " + directory.resolve(CoverageReport.INDEX_FILE).toAbsolutePath()
                .normalize().toUri());
    }
}
