package dev.orrery.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The intermediate values of the state under test (TestState's {@code inspectionData}); a field is {@code null} when
 * TestState would not send it. The JSON values are shared: never mutate them.
 *
 * @param input the raw state input
 * @param afterInputPath the input after {@code InputPath} (JSONPath)
 * @param afterParameters the effective input after {@code Parameters} (JSONPath)
 * @param afterArguments the effective input after {@code Arguments} (JSONata)
 * @param result the state's raw result
 * @param afterResultSelector the result after {@code ResultSelector} (JSONPath)
 * @param afterResultPath the result combined with the input by {@code ResultPath} (JSONPath)
 * @param variables the workflow variables after the state
 * @param errorDetails how Retry or Catch handled the error
 * @param afterItemsPath a Map's items after {@code ItemsPath} (JSONPath)
 * @param afterItemSelector a Map's iteration inputs after {@code ItemSelector}
 * @param afterItemBatcher a Map's batches after {@code ItemBatcher}
 * @param afterItemsPointer a Map's items after {@code ItemsPointer}
 * @param toleratedFailureCount a Map's tolerated failure count
 * @param toleratedFailurePercentage a Map's tolerated failure percentage
 * @param maxConcurrency a Map's maximum concurrency
 * @param request the HTTP request of an HTTP Task ({@code protocol, method, url, headers, body}), at TRACE
 * @param response the HTTP response of an HTTP Task ({@code protocol, statusCode, statusMessage, headers, body}),
 *     at TRACE
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InspectionData(
        @Nullable JsonNode input,
        @Nullable JsonNode afterInputPath,
        @Nullable JsonNode afterParameters,
        @Nullable JsonNode afterArguments,
        @Nullable JsonNode result,
        @Nullable JsonNode afterResultSelector,
        @Nullable JsonNode afterResultPath,
        @Nullable JsonNode variables,
        @Nullable InspectionErrorDetails errorDetails,
        @Nullable JsonNode afterItemsPath,
        @Nullable JsonNode afterItemSelector,
        @Nullable JsonNode afterItemBatcher,
        @Nullable JsonNode afterItemsPointer,
        @Nullable Long toleratedFailureCount,
        @Nullable Double toleratedFailurePercentage,
        @Nullable Integer maxConcurrency,
        @Nullable JsonNode request,
        @Nullable JsonNode response) {}
