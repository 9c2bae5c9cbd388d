package dev.orrery.cli;

import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.CoverageReport;
import dev.orrery.coverage.CoverageSink;
import dev.orrery.internal.coverage.CoverageBySource;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The coverage of {@code orrery serve --coverage DIR}: every execution that ends on the endpoint, per state machine
 * (by its ARN), written as the JUnit extension writes it ({@code coverage.json} and {@code index.html}) when the
 * server stops.
 */
final class ServedCoverage implements CoverageSink {

    private final Path directory;
    private final CoverageBySource recorded = new CoverageBySource();
    private boolean written;

    ServedCoverage(Path directory) {
        this.directory = directory;
    }

    /**
     * Add the execution to the coverage of its state machine, under its ARN; a definition updated under the ARN is
     * counted as {@link CoverageBySource} counts it.
     */
    @Override
    public synchronized void record(String name, String source, StateMachine stateMachine, Execution execution) {
        recorded.add(name, source, stateMachine, coverage -> coverage.record(execution));
        written = false;
    }

    /** Return the coverage recorded so far. */
    synchronized Coverage coverage() {
        return recorded.coverage();
    }

    /** Write the report and print one summary line per state machine, once per change; report a failure. */
    synchronized void write(PrintStream err) {
        if (written) {
            return;
        }
        written = true;
        Coverage coverage = recorded.coverage();
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
