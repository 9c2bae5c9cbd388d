package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataTemplate;
import dev.orrery.model.ResultWriter;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map state's ResultWriter, compiled once, as the AWS developer guide's "ResultWriter (Map)" page
 * describes it.
 *
 * <p>With {@code Resource} ({@code arn:aws:states:::s3:putObject}) and {@code Parameters} (JSONata:
 * {@code Arguments}) {@code Bucket}/{@code Prefix}, the results are exported: the writer calls the Resource through
 * the execution's {@code TaskIntegration}, once per file, with the Map state's name and the payload
 * {@code {"Bucket": ..., "Key": ..., "Body": "<file text>"}}, so a {@code MockSession} records them: first
 * {@code SUCCEEDED_0.json} (children that succeeded), {@code FAILED_0.json} (children that failed or were aborted)
 * and {@code PENDING_0.json} (children never started because the Map Run failed), each only when it has entries,
 * then {@code manifest.json}, all under {@code <Prefix>/<Map Run id>/}. The manifest is
 * {@code {"DestinationBucket", "MapRunArn", "ResultFiles": {"FAILED": [...], "PENDING": [...], "SUCCEEDED": [...]}}}
 * with {@code {"Key", "Size"}} entries, and the state's result is
 * {@code {"MapRunArn": ..., "ResultWriterDetails": {"Bucket": ..., "Key": ".../manifest.json"}}}. The files are
 * written also when the Map Run fails, before the state fails. A failing putObject call fails the state with
 * {@code States.ResultWriterFailed} and the call's cause (on a Map Run that already failed, the Map Run's error
 * stays the state's error).
 *
 * <p>Each child's entry (Transformation {@code NONE}) has AWS's fields in AWS's (alphabetical) order:
 * {@code Cause}/{@code Error} (failed children), {@code ExecutionArn}
 * ({@code ...:execution:<machine>/<label>:<Name>}), {@code Input} (JSON text), {@code InputDetails},
 * {@code Name} (a UUID from the execution's seed), {@code Output} (succeeded children), {@code OutputDetails},
 * {@code RedriveCount} 0, {@code RedriveStatus} ({@code NOT_REDRIVABLE} with {@code RedriveStatusReason}
 * {@code "Execution is SUCCEEDED and cannot be redriven"} for a succeeded child, {@code REDRIVABLE_BY_MAP_RUN}
 * without a reason otherwise, as in a FAILED file of a real Map Run), {@code StartDate}, {@code StateMachineArn}
 * ({@code ...:stateMachine:<machine>/<label>}), {@code Status} ({@code SUCCEEDED}, {@code FAILED} or
 * {@code ABORTED}) and {@code StopDate}, the dates on the virtual clock with milliseconds. A pending child's entry
 * has only {@code Input}, {@code InputDetails} and {@code Status} {@code PENDING} (the AWS documentation shows no
 * pending entry).
 *
 * <p>WriterConfig: {@code Transformation} {@code NONE} (the entries above; the default when exporting),
 * {@code COMPACT} (the succeeded children's outputs; the default without export) or {@code FLATTEN} (as COMPACT,
 * with each array output spliced into the result); a failed child always gives its {@code NONE} entry.
 * {@code OutputType} {@code JSON} (a JSON array, the default) or {@code JSONL} (one entry per line, each line ending
 * in a newline) formats the files. Without Resource, the transformed array is the state's result; OutputType
 * {@code JSONL} without Resource is refused at compile time, as the documentation does not say what the state output
 * is then.
 *
 * @param resource the writer's Resource, or {@code null} when the results are not exported
 * @param parameters the JSONPath Parameters (Bucket, Prefix), or {@code null}
 * @param arguments the JSONata Arguments (Bucket, Prefix), or {@code null}
 * @param transformation the WriterConfig Transformation, or its default
 * @param jsonLines whether OutputType is {@code JSONL}
 */
record MapResultWriter(@Nullable String resource, @Nullable PayloadTemplate parameters,
        @Nullable JsonataTemplate arguments, Transformation transformation, boolean jsonLines) {

    /** The error of a Map state whose results could not be written. */
    static final String FAILED = "States.ResultWriterFailed";

    /** A WriterConfig Transformation. */
    enum Transformation {
        /** Each child's entry with its metadata. */
        NONE,
        /** The succeeded children's outputs. */
        COMPACT,
        /** The succeeded children's outputs, array outputs flattened into the result. */
        FLATTEN
    }

    /** Compile the ResultWriter of the named state. */
    static MapResultWriter compile(String stateName, ResultWriter writer) throws ExpressionSyntaxException {
        JsonNode config = writer.writerConfig();
        boolean exported = writer.resource() != null;
        if (!exported && config == null || exported && writer.parameters() == null && writer.arguments() == null) {
            throw new IllegalArgumentException("State \"" + stateName + "\": a ResultWriter needs WriterConfig, "
                    + "or Resource with " + (writer.arguments() != null ? "Arguments" : "Parameters") + ", or all.");
        }
        Transformation transformation = exported ? Transformation.NONE : Transformation.COMPACT;
        boolean jsonLines = false;
        if (config != null) {
            if (config.hasNonNull("Transformation")) {
                transformation = Transformation.valueOf(config.get("Transformation").asText());
            }
            jsonLines = "JSONL".equals(config.path("OutputType").asText());
        }
        if (jsonLines && !exported) {
            throw new UnsupportedOperationException("State \"" + stateName + "\": a ResultWriter with OutputType "
                    + "JSONL and no Resource is not supported: the AWS documentation does not say what the state "
                    + "output is then.");
        }
        return new MapResultWriter(writer.resource(),
                writer.parameters() == null ? null : PayloadTemplate.compile(writer.parameters(), "Parameters"),
                JsonataIo.template(writer.arguments(), "ResultWriter/Arguments"), transformation, jsonLines);
    }

    /**
     * Export the results when the writer has a Resource and return the state's result: the export's location, or
     * the transformed results when nothing is exported.
     *
     * @throws MapIoFailure with {@link #FAILED} when a write fails
     */
    JsonNode write(Activation activation, JsonNode effective, String mapRunArn, List<ChildRun> children) {
        ChildNames names = new ChildNames(activation, mapRunArn);
        if (resource == null) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            for (ChildRun child : children) {
                add(result, child, names.next(), names);
            }
            return result;
        }
        JsonNode target = parameters != null ? parameters.evaluate(effective, activation)
                : arguments.evaluate(JsonataBindings.of(effective, activation));
        String bucket = target.path("Bucket").asText();
        String prefix = target.path("Prefix").asText("");
        String folder = (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/")
                + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "/";
        ArrayNode succeeded = JsonNodeFactory.instance.arrayNode();
        ArrayNode failed = JsonNodeFactory.instance.arrayNode();
        ArrayNode pending = JsonNodeFactory.instance.arrayNode();
        for (ChildRun child : children) {
            String name = names.next();
            if (child.pending()) {
                pending.add(names.entry(name, child));
            } else if (child.aborted() || !child.outcome().succeeded()) {
                failed.add(names.entry(name, child));
            } else {
                add(succeeded, child, name, names);
            }
        }
        ObjectNode files = JsonNodeFactory.instance.objectNode();
        ArrayNode succeededFiles = put(activation, bucket, folder + "SUCCEEDED_0.json", succeeded);
        files.set("FAILED", put(activation, bucket, folder + "FAILED_0.json", failed));
        files.set("PENDING", put(activation, bucket, folder + "PENDING_0.json", pending));
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

    /**
     * Add a child's transformed result: its entry, or for a succeeded child under COMPACT/FLATTEN its output (whose
     * entry is then never built).
     */
    private void add(ArrayNode results, ChildRun child, String name, ChildNames names) {
        FiberOutcome outcome = child.outcome();
        if (transformation == Transformation.NONE || outcome == null || !outcome.succeeded()) {
            results.add(names.entry(name, child));
        } else if (transformation == Transformation.FLATTEN && outcome.output().isArray()) {
            results.addAll((ArrayNode) outcome.output());
        } else {
            results.add(outcome.output());
        }
    }

    private ArrayNode put(Activation activation, String bucket, String key, ArrayNode entries) {
        ArrayNode listed = JsonNodeFactory.instance.arrayNode();
        if (!entries.isEmpty()) {
            String body = jsonLines ? lines(entries) : entries.toString();
            putObject(activation, bucket, key, body);
            listed.addObject().put("Key", key).put("Size", body.getBytes(StandardCharsets.UTF_8).length);
        }
        return listed;
    }

    private static String lines(ArrayNode entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(entry).append('\n'));
        return text.toString();
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

    /** The child executions' names and ARNs of one Map Run, drawn from the execution's seed. */
    private static final class ChildNames {

        private final String executionPrefix;
        private final String stateMachineArn;
        private final SplittableRandom random;

        ChildNames(Activation activation, String mapRunArn) {
            String run = mapRunArn.substring(0, mapRunArn.lastIndexOf(':'));
            this.executionPrefix = run.replace(":mapRun:", ":execution:") + ":";
            this.stateMachineArn = run.replace(":mapRun:", ":stateMachine:");
            this.random = new SplittableRandom(activation.run().options().seed() * 31 + activation.enteredEventId()
                    + 13);
        }

        /** Draw the next child's name: call it once per child, in index order, whether its entry is built or not. */
        String next() {
            return MapRun.uuid(random);
        }

        /** Return the child's NONE entry under the name drawn for it. */
        ObjectNode entry(String name, ChildRun child) {
            ObjectNode entry = JsonNodeFactory.instance.objectNode();
            if (child.pending()) {
                entry.put("Input", child.input().toString());
                entry.putObject("InputDetails").put("Included", true);
                return entry.put("Status", "PENDING");
            }
            FiberOutcome outcome = child.outcome();
            boolean succeeded = outcome != null && outcome.succeeded();
            if (outcome != null && !succeeded) {
                if (outcome.cause() != null) {
                    entry.put("Cause", outcome.cause());
                }
                if (outcome.error() != null) {
                    entry.put("Error", outcome.error());
                }
            }
            entry.put("ExecutionArn", executionPrefix + name).put("Input", child.input().toString());
            entry.putObject("InputDetails").put("Included", true);
            entry.put("Name", name);
            if (succeeded) {
                entry.put("Output", String.valueOf(outcome.output()));
            }
            // AWS's FAILED files carry OutputDetails without Output
            entry.putObject("OutputDetails").put("Included", true);
            entry.put("RedriveCount", 0);
            if (succeeded) {
                entry.put("RedriveStatus", "NOT_REDRIVABLE")
                        .put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
            } else {
                entry.put("RedriveStatus", "REDRIVABLE_BY_MAP_RUN");
            }
            return entry.put("StartDate", ContextObjects.timestamp(child.started()))
                    .put("StateMachineArn", stateMachineArn)
                    .put("Status", succeeded ? "SUCCEEDED" : outcome == null ? "ABORTED" : "FAILED")
                    .put("StopDate", ContextObjects.timestamp(child.stopped()));
        }
    }
}
