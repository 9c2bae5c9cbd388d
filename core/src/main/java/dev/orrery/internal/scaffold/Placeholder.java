package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.teststate.ResponseShapes;
import dev.orrery.model.TaskState;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Task state's placeholder result in the shape of its integration: the {@code lambda:invoke} envelope, the output
 * shape of an optimized or AWS SDK integration from the botocore models Orrery ships, the HTTP Task's result, and for
 * a callback, an activity or a Lambda function ARN the JSON the worker sends back (<code>{}</code>). Where Orrery knows
 * no shape, the result is <code>{}</code> and {@link #note} says so.
 *
 * @param value the placeholder result
 * @param integration the integration, as a comment names it ({@code lambda:invoke}, {@code sqs:sendMessage})
 * @param note what the placeholder does not know, or {@code null}
 */
record Placeholder(JsonNode value, String integration, @Nullable String note) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern AWS_SDK = Pattern.compile("arn:[^:]+:states:::aws-sdk:([a-z0-9-]+:[A-Za-z0-9]+)");
    private static final Pattern OPTIMIZED =
            Pattern.compile("arn:[^:]+:states:::([a-z0-9-]+):([A-Za-z0-9]+)(\\.sync(?::2)?|\\.waitForTaskToken)?");

    static Placeholder of(TaskState task) {
        String resource = task.resource();
        if (resource.matches("arn:[^:]+:lambda:[^:]*:[^:]*:function:.+")) {
            return new Placeholder(NODES.objectNode(), "Lambda function", "what the function returns");
        }
        if (resource.matches("arn:[^:]+:states:[^:]*:[^:]*:activity:.+")) {
            return new Placeholder(NODES.objectNode(), "activity", "the output the activity worker sends back");
        }
        Matcher sdk = AWS_SDK.matcher(resource);
        if (sdk.matches()) {
            return shaped(resource, "aws-sdk:" + sdk.group(1));
        }
        Matcher optimized = OPTIMIZED.matcher(resource);
        if (!optimized.matches()) {
            return new Placeholder(NODES.objectNode(), resource, "Orrery knows no response shape of this resource");
        }
        String operation = optimized.group(1) + ":" + optimized.group(2);
        String suffix = optimized.group(3) == null ? "" : optimized.group(3);
        if (suffix.equals(".waitForTaskToken")) {
            return new Placeholder(NODES.objectNode(), operation + suffix,
                    "the output the task sends back with SendTaskSuccess");
        }
        if (operation.equals("lambda:invoke")) {
            return new Placeholder(lambdaInvoke(), operation, null);
        }
        if (operation.equals("http:invoke")) {
            ObjectNode http = NODES.objectNode();
            http.putObject("Headers");
            http.putObject("ResponseBody");
            http.put("StatusCode", 200).put("StatusText", "OK");
            return new Placeholder(http, operation, null);
        }
        return suffix.startsWith(".sync") && !operation.equals("states:startExecution")
                ? SyncJobs.of(operation, suffix) : shaped(resource, operation + suffix);
    }

    private static Placeholder shaped(String resource, String described) {
        ResponseShapes shapes = ResponseShapes.of(resource);
        if (shapes == null) {
            return new Placeholder(NODES.objectNode(), described,
                    "Orrery ships no response model of " + described + ": fill in its response");
        }
        JsonNode value = ShapePlaceholder.of(shapes);
        if (described.startsWith("states:startExecution.sync") && value instanceof ObjectNode object) {
            object.put("Status", "SUCCEEDED");
        }
        return new Placeholder(value, described, null);
    }

    /** The {@code lambda:invoke} result as Step Functions hands it to the state, the function returning {@code {}}. */
    private static ObjectNode lambdaInvoke() {
        ObjectNode envelope = NODES.objectNode();
        envelope.put("ExecutedVersion", "$LATEST");
        envelope.putObject("Payload");
        ObjectNode http = envelope.putObject("SdkHttpMetadata");
        http.putObject("HttpHeaders").put("Content-Type", "application/json").put("X-Amz-Executed-Version",
                "$LATEST");
        http.put("HttpStatusCode", 200);
        envelope.putObject("SdkResponseMetadata").put("RequestId", "00000000-0000-0000-0000-000000000000");
        envelope.put("StatusCode", 200);
        return envelope;
    }
}
