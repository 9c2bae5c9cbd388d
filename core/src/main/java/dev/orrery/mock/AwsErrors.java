package dev.orrery.mock;

import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Names service errors as Step Functions reports them: {@code <Service>.<Exception>}.
 *
 * <p>Optimised integrations use the service's historic prefix ({@code arn:aws:states:::dynamodb:putItem} fails
 * with {@code DynamoDB.ResourceNotFoundException}, SQS with {@code SQS.…}, {@code states} with
 * {@code StepFunctions.…}); AWS SDK integrations use the SDK's client name
 * ({@code arn:aws:states:::aws-sdk:dynamodb:…} fails with {@code DynamoDb.ConditionalCheckFailedException},
 * {@code aws-sdk:sfn} with {@code Sfn.…}, {@code aws-sdk:secretsmanager} with {@code SecretsManager.…}), as recorded
 * on AWS. Services not seen in recordings get their name with a capital first letter.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AwsErrors {

    private static final Map<String, String> OPTIMISED = Map.of("lambda", "Lambda", "dynamodb", "DynamoDB", "sqs",
            "SQS", "sns", "SNS", "states", "StepFunctions", "events", "EventBridge", "ecs", "ECS", "glue", "Glue",
            "batch", "Batch", "athena", "Athena");
    private static final Map<String, String> SDK = Map.of("dynamodb", "DynamoDb", "sfn", "Sfn", "secretsmanager",
            "SecretsManager", "s3", "S3", "sqs", "Sqs", "sns", "Sns", "lambda", "Lambda", "eventbridge", "EventBridge",
            "ec2", "Ec2", "iam", "Iam");

    private AwsErrors() {}

    /**
     * Return the error name Step Functions gives the exception when the resource's service throws it; resources
     * that are not service integrations (Lambda ARNs, activities) return the exception name unchanged.
     *
     * @param resource the Task state's resource ARN, never {@code null}
     * @param exceptionName the exception the service throws, never {@code null}
     * @return the error name a Retry or Catch matches
     */
    public static String errorName(String resource, String exceptionName) {
        Objects.requireNonNull(exceptionName, "exceptionName");
        String prefix = servicePrefix(resource);
        return prefix == null ? exceptionName : prefix + "." + exceptionName;
    }

    private static @Nullable String servicePrefix(String resource) {
        String marker = ":states:::";
        int at = resource.indexOf(marker);
        if (at < 0) {
            return null;
        }
        String[] parts = resource.substring(at + marker.length()).split(":");
        if (parts[0].equals("aws-sdk") && parts.length > 1) {
            return SDK.getOrDefault(parts[1], pascal(parts[1]));
        }
        return OPTIMISED.getOrDefault(parts[0], pascal(parts[0]));
    }

    private static String pascal(String service) {
        return service.isEmpty() ? service : Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }
}
