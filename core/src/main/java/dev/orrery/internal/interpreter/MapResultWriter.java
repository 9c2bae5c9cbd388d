package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.model.ResultWriter;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A distributed Map state's ResultWriter, compiled once. When the Map Run succeeds, the files AWS would export are
 * written by calling the writer's {@code Resource} ({@code arn:aws:states:::s3:putObject}) through the execution's
 * {@code TaskIntegration}, once per file, with the Map state's name and the payload
 * {@code {"Bucket": ..., "Key": ..., "Body": "<file text>"}}, so a {@code MockSession} records them: first
 * {@code SUCCEEDED_0.json} (when a child succeeded) and {@code FAILED_0.json} (when a tolerated child failed), then
 * {@code manifest.json}, all under {@code <Prefix>/<Map Run id>/}. The manifest is
 * {@code {"DestinationBucket", "MapRunArn", "ResultFiles": {"FAILED": [...], "PENDING": [], "SUCCEEDED": [...]}}}
 * with {@code {"Key", "Size"}} entries; the state's result is
 * {@code {"MapRunArn": ..., "ResultWriterDetails": {"Bucket": ..., "Key": ".../manifest.json"}}}, as the AWS developer
 * guide shows. Each result file is a JSON array of child entries with {@code Input} and {@code Output} as JSON text,
 * {@code InputDetails}/{@code OutputDetails} {@code {"Included": true}}, {@code Status}, and
 * {@code Error}/{@code Cause} for failed children; AWS's ExecutionArn, Name, StateMachineArn, StartDate, StopDate
 * and Redrive* fields are not produced yet. A failing putObject call fails the state with
 * {@code States.ResultWriterFailed} and the call's cause. Results are written only when the Map Run succeeds (AWS also
 * writes them when it fails; not done yet), always into one file per status. WriterConfig is not supported yet.
 *
 * @param resource the writer's Resource
 * @param parameters the Parameters (Bucket, Prefix)
 */
record MapResultWriter(String resource, PayloadTemplate parameters) {

    /** The error of a Map state whose results could not be written. */
    static final String FAILED = "States.ResultWriterFailed";

    /** Compile the ResultWriter of the named state. */
    static MapResultWriter compile(String stateName, ResultWriter writer) throws ExpressionSyntaxException {
        if (writer.writerConfig() != null || writer.resource() == null || writer.parameters() == null) {
            throw new UnsupportedOperationException("State \"" + stateName + "\": a ResultWriter without Resource "
                    + "and Parameters, or with WriterConfig, is not supported by this version of Orrery.");
        }
        return new MapResultWriter(writer.resource(), PayloadTemplate.compile(writer.parameters(), "Parameters"));
    }

    /**
     * Write the result files and the manifest and return the state's result.
     *
     * @throws MapIoFailure with {@link #FAILED} when a write fails
     */
    JsonNode write(Activation activation, JsonNode effective, String mapRunArn, List<JsonNode> inputs,
            List<FiberOutcome> outcomes) {
        JsonNode target = parameters.evaluate(effective, activation);
        String bucket = target.path("Bucket").asText();
        String prefix = target.path("Prefix").asText("");
        String folder = (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/")
                + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "/";
        ArrayNode succeeded = JsonNodeFactory.instance.arrayNode();
        ArrayNode failed = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < outcomes.size(); i++) {
            FiberOutcome outcome = outcomes.get(i);
            (outcome.succeeded() ? succeeded : failed).add(entry(inputs.get(i), outcome));
        }
        ArrayNode succeededFiles = put(activation, bucket, folder + "SUCCEEDED_0.json", succeeded);
        ObjectNode files = JsonNodeFactory.instance.objectNode();
        files.set("FAILED", put(activation, bucket, folder + "FAILED_0.json", failed));
        files.set("PENDING", JsonNodeFactory.instance.arrayNode());
        files.set("SUCCEEDED", succeededFiles);
        ObjectNode manifest = JsonNodeFactory.instance.objectNode().put("DestinationBucket", bucket)
                .put("MapRunArn", mapRunArn);
        manifest.set("ResultFiles", files);
        String manifestKey = folder + "manifest.json";
        putObject(activation, bucket, manifestKey, manifest.toString());
        ObjectNode result = JsonNodeFactory.instance.objectNode().put("MapRunArn", mapRunArn);
        result.putObject("ResultWriterDetails").put("Bucket", bucket).put("Key", manifestKey);
        return result;
    }

    private static ObjectNode entry(JsonNode input, FiberOutcome outcome) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode().put("Input", input.toString());
        entry.putObject("InputDetails").put("Included", true);
        if (outcome.succeeded()) {
            entry.put("Output", String.valueOf(outcome.output()));
            entry.putObject("OutputDetails").put("Included", true);
            return entry.put("Status", "SUCCEEDED");
        }
        entry.put("Status", "FAILED");
        if (outcome.error() != null) {
            entry.put("Error", outcome.error());
        }
        if (outcome.cause() != null) {
            entry.put("Cause", outcome.cause());
        }
        return entry;
    }

    private ArrayNode put(Activation activation, String bucket, String key, ArrayNode entries) {
        ArrayNode listed = JsonNodeFactory.instance.arrayNode();
        if (!entries.isEmpty()) {
            String body = entries.toString();
            putObject(activation, bucket, key, body);
            listed.addObject().put("Key", key).put("Size", body.getBytes(StandardCharsets.UTF_8).length);
        }
        return listed;
    }

    private void putObject(Activation activation, String bucket, String key, String body) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("Bucket", bucket).put("Key", key)
                .put("Body", body);
        String name = activation.state().name();
        TaskOutcome outcome = activation.run().integration().invoke(new TaskRequest(name, resource, payload,
                activation.run().nextInvocation(name), activation.retryCount(), null, activation.contextObject()));
        if (outcome instanceof TaskOutcome.Failure failure) {
            throw new MapIoFailure(FAILED, failure.cause() == null ? "" : failure.cause());
        }
    }
}
