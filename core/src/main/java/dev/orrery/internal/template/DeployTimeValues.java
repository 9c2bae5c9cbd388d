package dev.orrery.internal.template;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The deterministic values Orrery gives references that only exist after deployment: pseudo parameters, and the
 * {@code Ref} and {@code Fn::GetAtt} of a template's resources, derived from the logical id and the resource type
 * (documented in {@code docs/guides/templates.md}). Every value can be overridden by a substitution of the same name:
 * {@code AWS::Region}, {@code OrderTable} (its {@code Ref}) or {@code OrderTable.Arn} (its attribute).
 */
final class DeployTimeValues {

    private final Map<String, String> overrides;

    DeployTimeValues(Map<String, String> overrides) {
        this.overrides = overrides;
    }

    /** Return the value of a pseudo parameter such as {@code AWS::Region}, or {@code null} for an unknown name. */
    @Nullable
    String pseudo(String name) {
        String override = overrides.get(name);
        if (override != null) {
            return override;
        }
        return switch (name) {
            case "AWS::Region" -> "us-east-1";
            case "AWS::AccountId" -> "123456789012";
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::StackName" -> "stack";
            case "AWS::StackId" -> "arn:" + partition() + ":cloudformation:" + region() + ":" + account()
                    + ":stack/" + pseudo("AWS::StackName") + "/00000000-0000-0000-0000-000000000000";
            case "AWS::NoValue" -> "";
            default -> null;
        };
    }

    /** Return the {@code Ref} of a resource. */
    String ref(String logicalId, String type) {
        String override = overrides.get(logicalId);
        if (override != null) {
            return override;
        }
        return switch (type) {
            case "AWS::SNS::Topic" -> arn("sns", logicalId);
            case "AWS::SQS::Queue" -> "https://sqs." + region() + "." + pseudo("AWS::URLSuffix") + "/" + account() + "/"
                    + logicalId;
            case "AWS::S3::Bucket" -> bucket(logicalId);
            case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" ->
                    arn("states", "stateMachine:" + logicalId);
            case "AWS::StepFunctions::Activity" -> arn("states", "activity:" + logicalId);
            case "AWS::ECS::TaskDefinition" -> arn("ecs", "task-definition/" + logicalId + ":1");
            case "AWS::Batch::JobQueue" -> arn("batch", "job-queue/" + logicalId);
            case "AWS::Batch::JobDefinition" -> arn("batch", "job-definition/" + logicalId + ":1");
            default -> logicalId;
        };
    }

    /** Return an attribute of a resource: {@code Arn}, {@code Name} and the type's usual others. */
    String attribute(String logicalId, String type, String attribute) {
        String override = overrides.get(logicalId + "." + attribute);
        if (override != null) {
            return override;
        }
        String name = overrides.getOrDefault(logicalId, type.equals("AWS::S3::Bucket") ? bucket(logicalId) : logicalId);
        return switch (attribute) {
            case "Arn", "TopicArn", "QueueArn", "StateMachineArn", "FunctionArn" -> arnOf(logicalId, type, name);
            case "Name", "TopicName", "QueueName", "StateMachineName", "FunctionName", "TableName", "BucketName" -> name;
            case "QueueUrl" -> ref(logicalId, type);
            case "StreamArn" -> arnOf(logicalId, type, name) + "/stream/1970-01-01T00:00:00.000";
            case "DomainName" -> name + ".s3." + pseudo("AWS::URLSuffix");
            default -> logicalId + "." + attribute;
        };
    }

    private String arnOf(String logicalId, String type, String name) {
        return switch (type) {
            case "AWS::Lambda::Function", "AWS::Serverless::Function" -> arn("lambda", "function:" + name);
            case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" -> arn("dynamodb", "table/" + name);
            case "AWS::SNS::Topic" -> arn("sns", name);
            case "AWS::SQS::Queue" -> arn("sqs", name);
            case "AWS::S3::Bucket" -> "arn:" + partition() + ":s3:::" + name;
            case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" ->
                    arn("states", "stateMachine:" + name);
            case "AWS::StepFunctions::Activity" -> arn("states", "activity:" + name);
            case "AWS::Events::EventBus" -> arn("events", "event-bus/" + name);
            case "AWS::Events::Connection" -> arn("events", "connection/" + name
                    + "/00000000-0000-0000-0000-000000000000");
            case "AWS::IAM::Role" -> "arn:" + partition() + ":iam::" + account() + ":role/" + name;
            case "AWS::Logs::LogGroup" -> arn("logs", "log-group:" + name + ":*");
            case "AWS::ECS::Cluster" -> arn("ecs", "cluster/" + name);
            case "AWS::CodeBuild::Project" -> arn("codebuild", "project/" + name);
            case "AWS::Glue::Job" -> arn("glue", "job/" + name);
            default -> arn(service(type), resourceKind(type) + "/" + name);
        };
    }

    private String arn(String service, String resource) {
        return "arn:" + partition() + ":" + service + ":" + region() + ":" + account() + ":" + resource;
    }

    private static String bucket(String logicalId) {
        return logicalId.toLowerCase(Locale.ROOT);
    }

    private static String service(String type) {
        String[] parts = type.split("::");
        return parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
    }

    private static String resourceKind(String type) {
        String[] parts = type.split("::");
        return parts.length > 2 ? parts[2].toLowerCase(Locale.ROOT) : "resource";
    }

    private String region() {
        return String.valueOf(pseudo("AWS::Region"));
    }

    private String account() {
        return String.valueOf(pseudo("AWS::AccountId"));
    }

    private String partition() {
        return String.valueOf(pseudo("AWS::Partition"));
    }
}
