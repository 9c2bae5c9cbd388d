package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.teststate.InspectionData;
import dev.orrery.teststate.InspectionErrorDetails;
import dev.orrery.teststate.TestStateResult;
import org.jspecify.annotations.Nullable;

/** Writes a TestState result as the API's response JSON: JSON values as JSON text, absent fields left out. */
public final class ResponseJson {

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private ResponseJson() {}

    /**
     * Return the response JSON of the result as TestState answers the request: as {@link #of(TestStateResult)}, but
     * the request's {@code input} text is echoed as it was sent, spacing included, in {@code inspectionData.input}
     * (the developer guide's Example 2: {@code "input": "{\"payload\": {\"foo\": \"bar\"}}"} next to a compact
     * {@code afterInputPath}) and in {@code output} when the state's output is its input unchanged (Example 1: a
     * Choice state's {@code "output": "{\"number\": 2}"}). Every other value is compact JSON text.
     *
     * @param inputText the request's {@code input} text, or {@code null} when it gave none
     */
    public static ObjectNode of(TestStateResult result, @Nullable String inputText) {
        ObjectNode root = of(result);
        JsonNode input = inputText == null ? null : parse(inputText);
        if (input == null) {
            return root;
        }
        if (input.equals(result.output())) {
            root.put("output", inputText);
        }
        InspectionData data = result.inspectionData();
        if (data != null && input.equals(data.input()) && root.get("inspectionData") instanceof ObjectNode node) {
            node.put("input", inputText);
        }
        return root;
    }

    private static @Nullable JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    /** Return the response JSON of the result, every JSON value as compact JSON text. */
    public static ObjectNode of(TestStateResult result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        text(root, "output", result.output());
        string(root, "error", result.error());
        string(root, "cause", result.cause());
        InspectionData data = result.inspectionData();
        if (data != null) {
            root.set("inspectionData", inspection(data));
        }
        string(root, "nextState", result.nextState());
        root.put("status", result.status().name());
        return root;
    }

    private static ObjectNode inspection(InspectionData data) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        text(node, "input", data.input());
        text(node, "afterArguments", data.afterArguments());
        text(node, "afterInputPath", data.afterInputPath());
        text(node, "afterParameters", data.afterParameters());
        text(node, "result", data.result());
        text(node, "afterResultSelector", data.afterResultSelector());
        text(node, "afterResultPath", data.afterResultPath());
        if (data.request() != null) {
            node.set("request", data.request());
        }
        if (data.response() != null) {
            node.set("response", data.response());
        }
        text(node, "variables", data.variables());
        InspectionErrorDetails details = data.errorDetails();
        if (details != null) {
            ObjectNode detailsNode = node.putObject("errorDetails");
            if (details.catchIndex() != null) {
                detailsNode.put("catchIndex", details.catchIndex());
            }
            if (details.retryIndex() != null) {
                detailsNode.put("retryIndex", details.retryIndex());
            }
            if (details.retryBackoffIntervalSeconds() != null) {
                detailsNode.put("retryBackoffIntervalSeconds", details.retryBackoffIntervalSeconds());
            }
        }
        text(node, "afterItemsPath", data.afterItemsPath());
        text(node, "afterItemSelector", data.afterItemSelector());
        text(node, "afterItemBatcher", data.afterItemBatcher());
        text(node, "afterItemsPointer", data.afterItemsPointer());
        if (data.toleratedFailureCount() != null) {
            node.put("toleratedFailureCount", data.toleratedFailureCount());
        }
        if (data.toleratedFailurePercentage() != null) {
            node.put("toleratedFailurePercentage", data.toleratedFailurePercentage());
        }
        if (data.maxConcurrency() != null) {
            node.put("maxConcurrency", data.maxConcurrency());
        }
        return node;
    }

    private static void text(ObjectNode node, String field, @Nullable JsonNode value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static void string(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
