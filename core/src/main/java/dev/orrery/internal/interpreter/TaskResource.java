package dev.orrery.internal.interpreter;

import dev.orrery.internal.history.EventKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Task state's {@code Resource} understood as AWS does, which decides the history events of its calls.
 *
 * @param kind what kind of resource it is
 * @param resourceType the {@code resourceType} of Task* events, e.g. {@code lambda} or {@code aws-sdk:s3}
 * @param resource the {@code resource} of Task* events, e.g. {@code invoke} or {@code startExecution.sync}; the full
 *     ARN for Lambda function and activity resources
 */
record TaskResource(Kind kind, String resourceType, String resource) {

    private static final Pattern SERVICE = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:(aws-sdk:[^:]+|[^:]+):(.+)");
    private static final Pattern LAMBDA = Pattern.compile("arn:[^:]+:lambda:[^:]*:[^:]*:function:.+");
    private static final Pattern ACTIVITY = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:activity:.+");

    /** The kinds of Task resource, each with its own family of history events. */
    enum Kind {
        /** An optimized or AWS SDK service integration: Task* events. */
        SERVICE("Task", "task", true),
        /** A Lambda function ARN (the legacy form): LambdaFunction* events. */
        LAMBDA_FUNCTION("LambdaFunction", "lambdaFunction", false),
        /** An activity ARN: Activity* events. */
        ACTIVITY("Activity", "activity", true);

        private final String[] events;
        private final String[] details;
        // the immutable kinds of the phases' events, shared by every call of every run
        private final EventKind[] eventKinds;
        private final EventKind succeededWithOutput;
        private final EventKind failedWithError;

        Kind(String eventPrefix, String detailsPrefix, boolean startedHasDetails) {
            Phase[] phases = Phase.values();
            this.events = new String[phases.length];
            this.details = new String[phases.length];
            this.eventKinds = new EventKind[phases.length];
            for (Phase phase : phases) {
                events[phase.ordinal()] = eventPrefix + phase.suffix;
                details[phase.ordinal()] = detailsPrefix + phase.suffix + "EventDetails";
                eventKinds[phase.ordinal()] = EventKind.withDetails(events[phase.ordinal()],
                        phase == Phase.STARTED && !startedHasDetails ? null : details[phase.ordinal()]);
            }
            succeededWithOutput = EventKind.withOutput(events[Phase.SUCCEEDED.ordinal()],
                    details[Phase.SUCCEEDED.ordinal()]);
            failedWithError = EventKind.withError(events[Phase.FAILED.ordinal()], details[Phase.FAILED.ordinal()]);
        }

        /**
         * Return the kind of a succeeded event whose details are the output alone (a Lambda function's, an
         * activity's): it keeps the output.
         */
        EventKind succeededWithOutput() {
            return succeededWithOutput;
        }

        /**
         * Return the kind of a failed event whose details are the error and cause alone (a Lambda function's, an
         * activity's): it keeps the failure.
         */
        EventKind failedWithError() {
            return failedWithError;
        }

        /**
         * Return the kind of the phase's event, which keeps its whole details object; a {@code LambdaFunctionStarted}
         * event has no details field.
         */
        EventKind eventKind(Phase phase) {
            return eventKinds[phase.ordinal()];
        }

        /** Return the event type of the phase, e.g. {@code LambdaFunctionScheduled}; built once per kind. */
        String event(Phase phase) {
            return events[phase.ordinal()];
        }

        /** Return the details key of the phase, e.g. {@code lambdaFunctionScheduledEventDetails}. */
        String details(Phase phase) {
            return details[phase.ordinal()];
        }
    }

    /** The phases of a task call, each with its event (e.g. {@code TaskScheduled}) in every kind's family. */
    enum Phase {
        /** The call was scheduled. */
        SCHEDULED("Scheduled", Activation.AttemptRole.BEGINS),
        /** The call started. */
        STARTED("Started", Activation.AttemptRole.NONE),
        /** The call succeeded. */
        SUCCEEDED("Succeeded", Activation.AttemptRole.SUCCEEDS),
        /** The call failed. */
        FAILED("Failed", Activation.AttemptRole.FAILS),
        /** The call timed out. */
        TIMED_OUT("TimedOut", Activation.AttemptRole.FAILS);

        private final String suffix;
        private final Activation.AttemptRole attemptRole;

        Phase(String suffix, Activation.AttemptRole attemptRole) {
            this.suffix = suffix;
            this.attemptRole = attemptRole;
        }

        /** Return what the phase's event does to the attempts of the state's work. */
        Activation.AttemptRole attemptRole() {
            return attemptRole;
        }
    }

    /** Return whether the state waits for a task token to be answered ({@code .waitForTaskToken}). */
    boolean waitsForTaskToken() {
        return kind == Kind.SERVICE && resource.endsWith(".waitForTaskToken");
    }

    /** Return whether the state submits work and waits for its end: callbacks and {@code .sync} jobs. */
    boolean submits() {
        return kind == Kind.SERVICE && (waitsForTaskToken() || resource.endsWith(".sync")
                || resource.endsWith(".sync:2"));
    }

    static TaskResource of(String arn) {
        if (LAMBDA.matcher(arn).matches()) {
            return new TaskResource(Kind.LAMBDA_FUNCTION, "lambda", arn);
        }
        if (ACTIVITY.matcher(arn).matches()) {
            return new TaskResource(Kind.ACTIVITY, "activity", arn);
        }
        Matcher service = SERVICE.matcher(arn);
        if (service.matches()) {
            return new TaskResource(Kind.SERVICE, service.group(1), service.group(2));
        }
        return new TaskResource(Kind.SERVICE, "", arn);
    }
}
