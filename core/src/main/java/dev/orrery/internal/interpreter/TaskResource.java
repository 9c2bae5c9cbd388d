package dev.orrery.internal.interpreter;

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
        SERVICE("Task", "task"),
        /** A Lambda function ARN (the legacy form): LambdaFunction* events. */
        LAMBDA_FUNCTION("LambdaFunction", "lambdaFunction"),
        /** An activity ARN: Activity* events. */
        ACTIVITY("Activity", "activity");

        private final String eventPrefix;
        private final String detailsPrefix;

        Kind(String eventPrefix, String detailsPrefix) {
            this.eventPrefix = eventPrefix;
            this.detailsPrefix = detailsPrefix;
        }

        /** Return the event type for the given suffix, e.g. {@code LambdaFunctionScheduled}. */
        String event(String suffix) {
            return eventPrefix + suffix;
        }

        /** Return the details key for the given suffix, e.g. {@code lambdaFunctionScheduledEventDetails}. */
        String details(String suffix) {
            return detailsPrefix + suffix + "EventDetails";
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
