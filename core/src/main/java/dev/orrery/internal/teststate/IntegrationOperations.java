package dev.orrery.internal.teststate;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which service operation's response a Task's result is, by the Task's {@code Resource}: the AWS SDK integrations
 * {@code arn:aws:states:::aws-sdk:<service>:<action>} (request-response; any service, with a model for the services
 * of {@link ServiceModels#SERVICES}), and the optimized integrations whose result is the operation's response
 * ({@code dynamodb:getItem|putItem|updateItem|deleteItem}, {@code sqs:sendMessage}, {@code sns:publish},
 * {@code events:putEvents}, {@code states:startExecution}, whose {@code .sync} and {@code .sync:2} results are
 * {@code DescribeExecution}'s response, {@code ecs:runTask}, {@code batch:submitJob}, {@code glue:startJobRun},
 * {@code athena:startQueryExecution|stopQueryExecution|getQueryExecution|getQueryResults}). A
 * {@code .waitForTaskToken} result is what the task sent back, and the other {@code .sync} results are not a
 * response Orrery knows the shape of: neither resolves.
 */
final class IntegrationOperations {

    private static final Pattern AWS_SDK = Pattern.compile("arn:[^:]+:states:::aws-sdk:([a-z0-9]+):([A-Za-z0-9]+)");
    private static final Pattern OPTIMIZED =
            Pattern.compile("arn:[^:]+:states:::([a-z0-9]+):([A-Za-z0-9]+)(\\.sync(?::2)?)?");
    private static final Map<String, String> OPTIMIZED_SERVICES = Map.of("dynamodb", "dynamodb", "sqs", "sqs",
            "sns", "sns", "events", "eventbridge", "states", "sfn", "ecs", "ecs", "batch", "batch", "glue", "glue",
            "athena", "athena");
    private static final Set<String> OPTIMIZED_ACTIONS = Set.of("dynamodb:getItem", "dynamodb:putItem",
            "dynamodb:updateItem", "dynamodb:deleteItem", "sqs:sendMessage", "sns:publish", "events:putEvents",
            "states:startExecution", "ecs:runTask", "batch:submitJob", "glue:startJobRun",
            "athena:startQueryExecution", "athena:stopQueryExecution", "athena:getQueryExecution",
            "athena:getQueryResults");

    private IntegrationOperations() {}

    /**
     * A resolved operation.
     *
     * @param service the service's name in {@code aws-sdk} resources
     * @param action the operation (first letter in any case)
     * @param anyJsonMembers top-level members Step Functions returns as parsed JSON instead of the shape's string
     * @param described how the resource is named in a message ({@code service:action})
     */
    record Operation(String service, String action, Set<String> anyJsonMembers, String described) {}

    /** Return the operation whose response {@code resource}'s result is, or {@code null} when it has none. */
    static @Nullable Operation resolve(String resource) {
        Matcher sdk = AWS_SDK.matcher(resource);
        if (sdk.matches()) {
            return new Operation(sdk.group(1), sdk.group(2), Set.of(),
                    "aws-sdk:" + sdk.group(1) + ":" + sdk.group(2));
        }
        Matcher optimized = OPTIMIZED.matcher(resource);
        if (!optimized.matches()) {
            return null;
        }
        String described = optimized.group(1) + ":" + optimized.group(2);
        String service = OPTIMIZED_SERVICES.get(optimized.group(1));
        if (service == null || !OPTIMIZED_ACTIONS.contains(described)) {
            return null;
        }
        String suffix = optimized.group(3);
        if (suffix == null) {
            return new Operation(service, optimized.group(2), Set.of(), described);
        }
        if (!described.equals("states:startExecution")) {
            return null;
        }
        return new Operation(service, "describeExecution",
                suffix.equals(".sync:2") ? Set.of("Input", "Output") : Set.of(), described + suffix);
    }
}
