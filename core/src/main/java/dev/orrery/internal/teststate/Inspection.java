package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.http.HttpInvokeRequest;
import dev.orrery.internal.interpreter.SingleStateRun;
import dev.orrery.run.StateVisit;
import dev.orrery.teststate.InspectionData;

/**
 * The inspection data of a tested state at DEBUG and TRACE: its input, the data flow stages its visit recorded, the
 * variables after it, how Retry or Catch handled its error, and what a Map computed before its iterations.
 */
final class Inspection {

    private Inspection() {}


    static InspectionData of(SingleStateRun.Outcome outcome, StateVisit visit, JsonNode state, String type,
            boolean jsonataState, boolean trace, JsonNode context,
            java.util.function.Function<String, dev.orrery.http.@org.jspecify.annotations.Nullable HttpConnection> revealed) {
        StateVisit.DataFlow flow = visit.dataFlow();
        SingleStateRun.MapStages map = outcome.map();
        boolean jsonPath = !jsonataState;
        JsonNode passResult = type.equals("Pass") && state.has("Result") ? flow.result() : null;
        boolean reshapes = type.equals("Task") || type.equals("Pass") || type.equals("Parallel")
                || type.equals("Map");
        JsonNode afterInputPath = !jsonPath || type.equals("Parallel") || passResult != null ? null
                : flow.afterInputPath() != null ? flow.afterInputPath() : visit.input();
        JsonNode afterParameters = (type.equals("Task") || type.equals("Pass")) && afterInputPath != null
                ? (flow.afterParameters() != null ? flow.afterParameters() : afterInputPath) : null;
        JsonNode resource = state.get("Resource");
        boolean http = trace && type.equals("Task") && resource != null
                && HttpInvokeRequest.isHttpInvoke(resource.asText());
        JsonNode effective = flow.afterParameters() != null ? flow.afterParameters() : flow.afterArguments();
        JsonNode request = http ? HttpInspection.request(effective, context, revealed) : null;
        return new InspectionData(
                visit.input(),
                afterInputPath,
                jsonPath ? afterParameters : null,
                flow.afterArguments(),
                type.equals("Task") ? flow.result() : passResult,
                jsonPath && reshapes ? flow.afterResultSelector() : null,
                jsonPath && reshapes ? flow.afterResultPath() : null,
                visit.variables().isEmpty() ? null : ResultBuilder.variables(visit),
                ResultBuilder.errorDetails(outcome, visit),
                map == null ? null : map.afterItemsPath(),
                map == null ? null : map.afterItemSelector(),
                map == null ? null : map.afterItemBatcher(),
                // the developer guide: "only applicable to JSON inputs (not JSONata)"
                map == null || !jsonPath ? null : map.afterItemsPointer(),
                map == null ? null : map.toleratedFailureCount(),
                map == null ? null : map.toleratedFailurePercentage(),
                map == null ? null : map.maxConcurrency(),
                request,
                http ? HttpInspection.response(flow.result(), request) : null);
    }
}
