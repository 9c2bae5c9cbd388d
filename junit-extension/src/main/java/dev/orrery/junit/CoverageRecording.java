package dev.orrery.junit;

import dev.orrery.junit.coverage.CoverageCollector;
import dev.orrery.junit.coverage.CoverageFlush;
import dev.orrery.model.StateMachine;
import dev.orrery.run.ChildVisits;
import dev.orrery.run.Execution;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Hands each test's finished executions to the coverage of the run, and has the report written when the run ends. */
final class CoverageRecording {

    private CoverageRecording() {}

    static void record(ExtensionContext context, TestState state) {
        context.getRoot().getStore(OrreryExtension.NAMESPACE).getOrComputeIfAbsent(CoverageFlush.class,
                key -> new CoverageFlush(), CoverageFlush.class);
        Settings settings = state.fixture().settings();
        String source = settings.coverageSource();
        if (source.isEmpty()) {
            return;
        }
        Settings.MinimumCoverage minimum = settings.minimumCoverage();
        if (minimum.states() >= 0 || minimum.transitions() >= 0) {
            CoverageCollector.require(source, minimum.states(), minimum.transitions());
        }
        for (Execution execution : state.coveredExecutions()) {
            CoverageCollector.record(settings.coverageName(), source, state.fixture().stateMachine(), execution);
            recordNested(execution, state.nestedStateMachines());
        }
    }

    /**
     * Record the child executions of the nested state machines the execution started, each under its ARN (the
     * builder registers a nested state machine without saying where its definition came from).
     */
    static void recordNested(Execution execution, Map<String, StateMachine> nested) {
        for (ChildVisits children : execution.childVisits()) {
            String arn = children.stateMachineArn();
            if (arn != null && nested.containsKey(arn)) {
                CoverageCollector.record(arn.substring(arn.lastIndexOf(':') + 1), arn, nested.get(arn), children);
            }
        }
    }
}
