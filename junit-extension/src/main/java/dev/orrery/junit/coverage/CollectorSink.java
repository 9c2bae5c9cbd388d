package dev.orrery.junit.coverage;

import dev.orrery.coverage.CoverageSink;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import org.apiguardian.api.API;

/**
 * The {@link CoverageSink} service of this module: what other tools hand it (the runs of {@code @StepFunctionsEndpoint},
 * for one) counts in the report {@link CoverageCollector} writes when the test run ends.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CollectorSink implements CoverageSink {

    /** Create the sink; the service loader calls it. */
    public CollectorSink() {}

    /**
     * Record the execution with {@link CoverageCollector#record(String, String, StateMachine, Execution)}.
     *
     * @param name the name the report shows, never {@code null}
     * @param source where the definition came from, never {@code null}
     * @param stateMachine the state machine that ran, never {@code null}
     * @param execution the finished execution, never {@code null}
     */
    @Override
    public void record(String name, String source, StateMachine stateMachine, Execution execution) {
        CoverageCollector.record(name, source, stateMachine, execution);
    }
}
