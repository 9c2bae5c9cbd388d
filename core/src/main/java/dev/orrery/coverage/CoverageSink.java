package dev.orrery.coverage;

import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a tool that runs executions for a test (the Step Functions endpoint, another test engine) hands each finished
 * execution to count in the coverage of the test run. {@code orrery-junit} provides one (a service of this type) that
 * adds the execution to the report it writes when the run ends; {@link #installed()} finds it on the class path or
 * module path, so a tool needs no compile-time dependency on the JUnit extension.
 *
 * <pre>{@code
 * CoverageSink sink = CoverageSink.installed();   // null when no provider is installed
 * if (sink != null) {
 *     sink.record("order.asl.json", "statemachines/order.asl.json", stateMachine, execution);
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface CoverageSink {

    /**
     * Count a finished execution of a state machine, with the child executions of its distributed Map states.
     * Implementations are thread-safe.
     *
     * @param name the name the report shows, e.g. the definition's file name, never {@code null}
     * @param source where the definition came from; the executions of one source add up, never {@code null}
     * @param stateMachine the state machine that ran, never {@code null}
     * @param execution the finished execution, never {@code null}
     */
    void record(String name, String source, StateMachine stateMachine, Execution execution);

    /**
     * Return the sinks installed as services, combined into one, or {@code null} when there is none.
     *
     * @return a sink that hands each execution to every installed sink, or {@code null}
     */
    static @Nullable CoverageSink installed() {
        List<CoverageSink> sinks = new ArrayList<>();
        ServiceLoader.load(CoverageSink.class, CoverageSink.class.getClassLoader()).forEach(sinks::add);
        if (sinks.isEmpty()) {
            return null;
        }
        List<CoverageSink> all = List.copyOf(sinks);
        return (name, source, stateMachine, execution) -> all.forEach(sink -> sink.record(name, source,
                stateMachine, execution));
    }
}
