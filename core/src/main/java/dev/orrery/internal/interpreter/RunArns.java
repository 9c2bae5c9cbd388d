package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.internal.history.EventKind;
import dev.orrery.run.ExecutionOptions;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The ARNs an execution reports (its own and its state machine's), built from its options once for all the runs
 * that share the same options object, as a runner's runs do; with them the immutable text nodes of the Context
 * object's fields that come from the options alone.
 *
 * @param options the options the ARNs were built from
 * @param execution the execution's ARN
 * @param stateMachine the state machine's ARN
 * @param texts the Context object's text fields that depend on the options only
 * @param executionStarted the kind of the {@code ExecutionStarted} event, whose details add the options' role to the
 *     input it keeps
 * @param deadline the last virtual instant a run may reach: its start plus the options' maximum virtual duration
 * @param maximumDurationEnd when AWS times out a Standard execution without TimeoutSeconds: its start plus
 *     {@link CompiledMachine#MAX_STANDARD_DURATION_SECONDS}; {@code null} past the last instant (a run's own
 *     computation then fails as it always did)
 */
record RunArns(ExecutionOptions options, String execution, String stateMachine, ContextTexts texts,
        EventKind executionStarted, Instant deadline, @Nullable Instant maximumDurationEnd) {

    /**
     * The text nodes of {@code $$.Execution.Id}, {@code StartTime}, {@code Name} and {@code RoleArn}, and of
     * {@code $$.StateMachine.Id} and {@code Name}: text nodes are immutable, so every run of the options shares them.
     */
    record ContextTexts(TextNode executionId, TextNode startTime, TextNode executionName, TextNode roleArn,
            TextNode stateMachineId, TextNode stateMachineName) {}

    /** Build the ARNs of the options. */
    static RunArns of(ExecutionOptions options) {
        String execution = options.executionArn();
        String stateMachine = options.stateMachineArn();
        TextNode roleArn = TextNode.valueOf(options.roleArn());
        return new RunArns(options, execution, stateMachine, new ContextTexts(TextNode.valueOf(execution),
                TextNode.valueOf(ContextObjects.timestamp(options.startTime())),
                TextNode.valueOf(options.executionName()), roleArn,
                TextNode.valueOf(stateMachine), TextNode.valueOf(options.stateMachineName())),
                EventKind.withInputAnd("ExecutionStarted", "executionStartedEventDetails", "roleArn", roleArn),
                options.startTime().plus(options.maxVirtualDuration()),
                options.startTime().getEpochSecond() > Instant.MAX.getEpochSecond()
                        - CompiledMachine.MAX_STANDARD_DURATION_SECONDS ? null
                        : options.startTime().plusSeconds(CompiledMachine.MAX_STANDARD_DURATION_SECONDS));
    }
}
