package dev.orrery.junit.coverage;

import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageReport;
import dev.orrery.coverage.StateMachineCoverage;
import dev.orrery.internal.coverage.CoverageBySource;
import dev.orrery.model.StateMachine;
import dev.orrery.run.ChildVisits;
import dev.orrery.run.Execution;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Collects the coverage of every state machine over a whole test run (one JVM) and writes the report when the run
 * ends: {@code target/orrery/coverage/coverage.json}, {@code index.html} with a page per state machine, and one
 * summary line per state machine in the build output. With several Surefire forks, each fork writes its part and the
 * last one merges them into the report.
 *
 * <p>The JUnit extension records every execution of {@code @StateMachineTest} and {@code @RegisterExtension} tests
 * (those of {@code StateMachineTester.runner()} included) and of {@code @StepFunctionsLocalTestCases}, with the child
 * executions of their distributed Map states and of the nested state machines they start; nothing to configure. Another test engine records its executions with
 * {@link #record(String, StateMachine, Execution)}:
 *
 * <pre>{@code
 * Execution execution = runner.run(input);
 * CoverageCollector.record("statemachines/order.asl.json", stateMachine, execution);
 * }</pre>
 *
 * <p>The report is written when the JUnit Platform's launcher session closes (this module registers a
 * {@code LauncherSessionListener}), or, where no launcher session runs, when the Jupiter engine ends. A minimum
 * share of states and transitions ({@code -Dorrery.coverage.minimumStates=0.8},
 * {@code -Dorrery.coverage.minimumTransitions=0.7}, or {@link #require(String, double, double)}, which
 * {@code @StateMachineTest(minimumStateCoverage = ..., minimumTransitionCoverage = ...)} calls) fails the run then,
 * naming each state machine below it and what it missed. {@code -Dorrery.coverage.skip=true} turns all of it off.
 *
 * <p>This class holds the one piece of state Orrery keeps for a whole JVM, by design: the coverage recorded so far.
 * It is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageCollector {

    private static final CoverageCollector JVM = new CoverageCollector();

    private final CoverageBySource recorded = new CoverageBySource();
    private final Map<String, Thresholds> required = new LinkedHashMap<>();
    private int openSessions;

    CoverageCollector() {}

    static CoverageCollector jvm() {
        return JVM;
    }

    /**
     * Record a finished execution of a state machine, named after the last segment of its source.
     *
     * @param source where the definition came from (a class path resource, a file, a template's state machine); the
     *     executions of one source add up, never {@code null}
     * @param stateMachine the state machine that ran, never {@code null}
     * @param execution the finished execution, never {@code null}
     */
    public static void record(String source, StateMachine stateMachine, Execution execution) {
        record(nameOf(source), source, stateMachine, execution);
    }

    /**
     * Record a finished execution of a state machine under the given name.
     *
     * @param name the name the report shows, e.g. the definition's file name, never {@code null}
     * @param source where the definition came from; the executions of one source add up, never {@code null}
     * @param stateMachine the state machine that ran, never {@code null}
     * @param execution the finished execution, never {@code null}
     */
    public static void record(String name, String source, StateMachine stateMachine, Execution execution) {
        JVM.add(name, source, stateMachine, execution);
    }

    /**
     * Record what child executions of a state machine did: the {@link ChildVisits} of an execution whose
     * {@code states:startExecution} tasks started that state machine ({@link ChildVisits#stateMachineArn()} names
     * it). The steps of an execution's own distributed Map states are recorded with the execution itself.
     *
     * <pre>{@code
     * for (ChildVisits children : execution.childVisits()) {
     *     if (SHIPPING_ARN.equals(children.stateMachineArn())) {
     *         CoverageCollector.record("shipping.asl.json", "statemachines/shipping.asl.json", shipping, children);
     *     }
     * }
     * }</pre>
     *
     * @param name the name the report shows, never {@code null}
     * @param source where the child state machine's definition came from; it adds up with the executions recorded
     *     under the same source, never {@code null}
     * @param stateMachine the child state machine, never {@code null}
     * @param children what its child executions did, never {@code null}
     */
    public static void record(String name, String source, StateMachine stateMachine, ChildVisits children) {
        JVM.addChildren(name, source, stateMachine, children);
    }

    /**
     * Require minimum shares of states and transitions for one state machine, instead of the
     * {@code orrery.coverage.minimum*} system properties; the run fails when it ends below them.
     *
     * @param source the state machine's source, as recorded, never {@code null}
     * @param minimumStates the share of states to enter, between 0 and 1; a negative value leaves it unset
     * @param minimumTransitions the share of transitions to take, between 0 and 1; a negative value leaves it unset
     * @throws IllegalArgumentException when a share is above 1
     */
    public static void require(String source, double minimumStates, double minimumTransitions) {
        JVM.requireMinimum(source, new Thresholds(
                Thresholds.check(minimumStates < 0 ? Thresholds.NONE : minimumStates, "minimumStateCoverage"),
                Thresholds.check(minimumTransitions < 0 ? Thresholds.NONE : minimumTransitions,
                        "minimumTransitionCoverage")));
    }

    /**
     * Return the coverage recorded in this JVM so far.
     *
     * @return the coverage, never {@code null}
     */
    public static Coverage recorded() {
        return JVM.coverage();
    }

    static String nameOf(String source) {
        String name = source.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    synchronized void add(String name, String source, StateMachine stateMachine, Execution execution) {
        Objects.requireNonNull(execution, "execution");
        recorded.add(name, source, stateMachine, coverage -> coverage.record(execution));
    }

    synchronized void addChildren(String name, String source, StateMachine stateMachine, ChildVisits children) {
        Objects.requireNonNull(children, "children");
        recorded.add(name, source, stateMachine, coverage -> coverage.record(children));
    }

    synchronized void requireMinimum(String source, Thresholds thresholds) {
        required.merge(source, thresholds, Thresholds::orElse);
    }

    synchronized Thresholds minimum(String source) {
        return required.getOrDefault(source, Thresholds.UNSET);
    }

    synchronized Coverage coverage() {
        return recorded.coverage();
    }

    synchronized void sessionOpened() {
        openSessions++;
    }

    synchronized boolean sessionClosed() {
        openSessions = Math.max(0, openSessions - 1);
        return openSessions == 0;
    }

    synchronized boolean inSession() {
        return openSessions > 0;
    }

    /**
     * Write this JVM's part and the report, print the summary when this JVM is the last of its run, and fail when a
     * state machine is below its minimum.
     *
     * @throws CoverageThresholdError when the last JVM of the run finds a state machine below its minimum
     */
    void finish(CoverageSettings settings, PrintStream out) {
        Coverage mine = coverage();
        if (settings.skip() || mine.stateMachines().isEmpty()) {
            return;
        }
        CoverageFiles.Merged merged = new CoverageFiles(settings).write(mine, ForkSession.self(), true);
        if (!merged.last()) {
            return;
        }
        merged.coverage().stateMachines().forEach(machine -> out.println("[INFO] " + machine.summary()));
        out.println("[INFO] Orrery coverage report: " + settings.directory().resolve(CoverageReport.INDEX_FILE)
                .toAbsolutePath().normalize().toUri());
        List<String> failures = failures(merged.coverage(), settings);
        if (!failures.isEmpty()) {
            throw new CoverageThresholdError(message(failures, merged.coverage(), settings));
        }
    }

    private synchronized List<String> failures(Coverage coverage, CoverageSettings settings) {
        List<String> failures = new ArrayList<>();
        for (StateMachineCoverage machine : coverage.stateMachines()) {
            failures.addAll(required.getOrDefault(machine.source(), Thresholds.UNSET).orElse(settings.minimum())
                    .failures(machine));
        }
        return failures;
    }

    private static String message(List<String> failures, Coverage coverage, CoverageSettings settings) {
        StringBuilder message = new StringBuilder("Orrery coverage is below the minimum:\n");
        failures.forEach(failure -> message.append("  ").append(failure).append('\n'));
        for (StateMachineCoverage machine : coverage.stateMachines()) {
            if (failures.stream().anyMatch(f -> f.startsWith(machine.name() + " (" + machine.source() + ")"))) {
                message.append("Missed in ").append(machine.name()).append(": ").append(machine.missed().stream()
                        .filter(item -> item.kind() != CoverageItem.Kind.RETRIER).map(CoverageItem::toString)
                        .collect(Collectors.joining(", "))).append('\n');
            }
        }
        return message.append("Write tests that reach them, or lower the minimum. Report: ")
                .append(settings.directory().resolve(CoverageReport.INDEX_FILE).toAbsolutePath().normalize().toUri())
                .toString();
    }
}
