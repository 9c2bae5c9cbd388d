package dev.orrery.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Immutable settings of an execution: names for the Context object, the virtual start time, the seed and the guards.
 *
 * <p>Build variants with the {@code with...} methods: {@code ExecutionOptions.defaults().withSeed(42)}.
 *
 * @param accountId the AWS account id used in ARNs, never {@code null}
 * @param region the AWS region used in ARNs, never {@code null}
 * @param stateMachineName the state machine's name ({@code $$.StateMachine.Name}), never {@code null}
 * @param executionName the execution's name ({@code $$.Execution.Name}), never {@code null}
 * @param roleArn the execution role ({@code $$.Execution.RoleArn}), never {@code null}
 * @param startTime the virtual instant the execution starts at, never {@code null}
 * @param seed the seed of every random draw of the execution (jitter, UUIDs, task tokens)
 * @param maxTransitions the number of state entries after which the run stops with an error
 * @param maxVirtualDuration the virtual time after which the run stops with an error, never {@code null}
 * @param shuffleIterations whether Map iterations and Parallel branches start in an order shuffled with the seed
 *     (rather than in index order), to expose hidden assumptions about their order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExecutionOptions(
        String accountId,
        String region,
        String stateMachineName,
        String executionName,
        String roleArn,
        Instant startTime,
        long seed,
        int maxTransitions,
        Duration maxVirtualDuration,
        boolean shuffleIterations) {

    /** The default virtual start time: {@code 2025-01-01T00:00:00Z}. */
    public static final Instant DEFAULT_START_TIME = Instant.ofEpochSecond(1_735_689_600L); // without a parser's start-up

    /**
     * Check the arguments.
     *
     * @param accountId the AWS account id used in ARNs, never {@code null}
     * @param region the AWS region used in ARNs, never {@code null}
     * @param stateMachineName the state machine's name ({@code $$.StateMachine.Name}), never {@code null}
     * @param executionName the execution's name ({@code $$.Execution.Name}), never {@code null}
     * @param roleArn the execution role ({@code $$.Execution.RoleArn}), never {@code null}
     * @param startTime the virtual instant the execution starts at, never {@code null}
     * @param seed the seed of every random draw of the execution (jitter, UUIDs, task tokens)
     * @param maxTransitions the number of state entries after which the run stops with an error
     * @param maxVirtualDuration the virtual time after which the run stops with an error, never {@code null}
     * @param shuffleIterations whether Map iterations and Parallel branches start in an order shuffled with the seed
     *     (rather than in index order), to expose hidden assumptions about their order
     */
    public ExecutionOptions {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(stateMachineName, "stateMachineName");
        Objects.requireNonNull(executionName, "executionName");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(maxVirtualDuration, "maxVirtualDuration");
        if (maxTransitions <= 0) {
            throw new IllegalArgumentException("maxTransitions must be > 0 but was " + maxTransitions);
        }
    }

    /**
     * Create options that start iterations in index order (the constructor before {@code shuffleIterations}).
     *
     * @param accountId the AWS account id used in ARNs, never {@code null}
     * @param region the AWS region used in ARNs, never {@code null}
     * @param stateMachineName the state machine's name ({@code $$.StateMachine.Name}), never {@code null}
     * @param executionName the execution's name ({@code $$.Execution.Name}), never {@code null}
     * @param roleArn the execution role ({@code $$.Execution.RoleArn}), never {@code null}
     * @param startTime the virtual instant the execution starts at, never {@code null}
     * @param seed the seed of every random draw of the execution (jitter, UUIDs, task tokens)
     * @param maxTransitions the number of state entries after which the run stops with an error
     * @param maxVirtualDuration the virtual time after which the run stops with an error, never {@code null}
     */
    public ExecutionOptions(String accountId, String region, String stateMachineName, String executionName,
            String roleArn, Instant startTime, long seed, int maxTransitions, Duration maxVirtualDuration) {
        this(accountId, region, stateMachineName, executionName, roleArn, startTime, seed, maxTransitions,
                maxVirtualDuration, false);
    }

    /**
     * Return the defaults: account {@code 123456789012}, region {@code us-east-1}, state machine {@code StateMachine},
     * execution {@code Execution}, start at {@link #DEFAULT_START_TIME}, seed 0, 1,000,000 transitions, 366 days, iterations in index order.
     *
     * @return the default options
     */
    public static ExecutionOptions defaults() {
        return new ExecutionOptions(
                "123456789012",
                "us-east-1",
                "StateMachine",
                "Execution",
                "arn:aws:iam::123456789012:role/StepFunctionsRole",
                DEFAULT_START_TIME,
                0L,
                1_000_000,
                Duration.ofDays(366),
                false);
    }

    /**
     * Return a copy with the given account id.
     *
     * @param value the 12-digit account id used in ARNs, never {@code null}
     * @return a copy with the account id replaced
     */
    public ExecutionOptions withAccountId(String value) {
        return new ExecutionOptions(value, region, stateMachineName, executionName, roleArn, startTime, seed,
                maxTransitions, maxVirtualDuration, shuffleIterations);
    }

    /**
     * Return a copy with the given region.
     *
     * @param value the region used in ARNs, e.g. {@code eu-west-1}, never {@code null}
     * @return a copy with the region replaced
     */
    public ExecutionOptions withRegion(String value) {
        return new ExecutionOptions(accountId, value, stateMachineName, executionName, roleArn, startTime, seed,
                maxTransitions, maxVirtualDuration, shuffleIterations);
    }

    /**
     * Return a copy with the given state machine name.
     *
     * @param value the state machine name used in ARNs, never {@code null}
     * @return a copy with the state machine name replaced
     */
    public ExecutionOptions withStateMachineName(String value) {
        return new ExecutionOptions(accountId, region, value, executionName, roleArn, startTime, seed,
                maxTransitions, maxVirtualDuration, shuffleIterations);
    }

    /**
     * Return a copy with the given execution name.
     *
     * @param value the execution name used in the execution ARN, never {@code null}
     * @return a copy with the execution name replaced
     */
    public ExecutionOptions withExecutionName(String value) {
        return new ExecutionOptions(accountId, region, stateMachineName, value, roleArn, startTime, seed,
                maxTransitions, maxVirtualDuration, shuffleIterations);
    }

    /**
     * Return a copy with the given execution role ARN.
     *
     * @param value the role ARN that {@code $states.context} and history events report, never {@code null}
     * @return a copy with the role ARN replaced
     */
    public ExecutionOptions withRoleArn(String value) {
        return new ExecutionOptions(accountId, region, stateMachineName, executionName, value, startTime, seed,
                maxTransitions, maxVirtualDuration, shuffleIterations);
    }

    /**
     * Return a copy that starts at the given virtual instant.
     *
     * @param value the virtual instant the execution starts at, never {@code null}
     * @return a copy with the start time replaced
     */
    public ExecutionOptions withStartTime(Instant value) {
        return new ExecutionOptions(accountId, region, stateMachineName, executionName, roleArn, value, seed,
                maxTransitions, maxVirtualDuration, shuffleIterations);
    }

    /**
     * Return a copy with the given seed.
     *
     * @param value the seed of every random draw of the execution (jitter, UUIDs, task tokens)
     * @return a copy with the seed replaced
     */
    public ExecutionOptions withSeed(long value) {
        return new ExecutionOptions(accountId, region, stateMachineName, executionName, roleArn, startTime, value,
                maxTransitions, maxVirtualDuration, shuffleIterations);
    }

    /**
     * Return a copy with the given transition guard.
     *
     * @param value the number of state entries after which the run stops with an error
     * @return a copy with the transition guard replaced
     */
    public ExecutionOptions withMaxTransitions(int value) {
        return new ExecutionOptions(accountId, region, stateMachineName, executionName, roleArn, startTime, seed,
                value, maxVirtualDuration, shuffleIterations);
    }

    /**
     * Return a copy with the given virtual duration guard.
     *
     * @param value the virtual time after which the run stops with an error, never {@code null}
     * @return a copy with the virtual duration guard replaced
     */
    public ExecutionOptions withMaxVirtualDuration(Duration value) {
        return new ExecutionOptions(accountId, region, stateMachineName, executionName, roleArn, startTime, seed,
                maxTransitions, value, shuffleIterations);
    }

    /**
     * Return a copy that starts Map iterations and Parallel branches in an order shuffled with the seed (or in index
     * order when {@code false}); outputs stay in index order.
     *
     * @param value {@code true} to shuffle the start order with the seed, {@code false} for index order
     * @return a copy with the iteration order replaced
     */
    public ExecutionOptions withShuffledIterations(boolean value) {
        return new ExecutionOptions(accountId, region, stateMachineName, executionName, roleArn, startTime, seed,
                maxTransitions, maxVirtualDuration, value);
    }

    /**
     * Return the state machine's ARN.
     *
     * @return {@code arn:aws:states:<region>:<account>:stateMachine:<name>} built from these options
     */
    public String stateMachineArn() {
        return "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + stateMachineName;
    }

    /**
     * Return the execution's ARN.
     *
     * @return {@code arn:aws:states:<region>:<account>:execution:<stateMachine>:<execution>} built from these options
     */
    public String executionArn() {
        return "arn:aws:states:" + region + ":" + accountId + ":execution:" + stateMachineName + ":" + executionName;
    }
}
