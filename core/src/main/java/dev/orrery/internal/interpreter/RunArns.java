package dev.orrery.internal.interpreter;

import dev.orrery.run.ExecutionOptions;

/**
 * The ARNs an execution reports (its own and its state machine's), built from its options once for all the runs
 * that share the same options object, as a runner's runs do.
 *
 * @param options the options the ARNs were built from
 * @param execution the execution's ARN
 * @param stateMachine the state machine's ARN
 */
record RunArns(ExecutionOptions options, String execution, String stateMachine) {

    /** Build the ARNs of the options. */
    static RunArns of(ExecutionOptions options) {
        return new RunArns(options, options.executionArn(), options.stateMachineArn());
    }
}
