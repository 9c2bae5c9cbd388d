package dev.orrery.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the child executions of one state machine did during an execution, counted rather than kept: how many ran
 * and how many times each {@link VisitStep} happened in them.
 *
 * <p>Child executions are the iterations (or batches) of a distributed Map ({@code "Mode": "DISTRIBUTED"}), which
 * run the execution's own state machine's item processor, and the executions {@code states:startExecution} tasks
 * start on a state machine registered with the runner, with everything nested in those. Step Functions keeps their
 * states in their own histories, so they are not among the parent's {@link Execution#visits()}; a distributed Map
 * may run up to 10,000 child executions at once and millions in all, so Orrery keeps no {@link Execution} per child:
 * the counts take memory in proportion to the state machine's size, whatever the number of children.
 *
 * <p>Immutable.
 *
 * @param stateMachineArn the ARN a {@code states:startExecution} task named, or {@code null} for the execution's own
 *     state machine (the child executions of its distributed Map states)
 * @param executions how many child executions of it were started
 * @param steps each step with how many times it happened, in the order each first happened, never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ChildVisits(@Nullable String stateMachineArn, long executions, Map<VisitStep, Long> steps) {

    /**
     * Copy the counts, keeping their order.
     *
     * @param stateMachineArn the ARN of the state machine, or {@code null} for the execution's own
     * @param executions how many child executions were started
     * @param steps each step with its count, never {@code null}
     */
    public ChildVisits {
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    /**
     * Return how many times a step happened.
     *
     * @param step the step, never {@code null}
     * @return its count, 0 when it never happened
     */
    public long count(VisitStep step) {
        return steps.getOrDefault(step, 0L);
    }
}
