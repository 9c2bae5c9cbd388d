package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map state's {@code ItemBatcher}.
 *
 * @param maxItemsPerBatch {@code MaxItemsPerBatch} (number or JSONata string), or {@code null}
 * @param maxItemsPerBatchPath {@code MaxItemsPerBatchPath}, or {@code null}
 * @param maxInputBytesPerBatch {@code MaxInputBytesPerBatch} (number or JSONata string), or {@code null}
 * @param maxInputBytesPerBatchPath {@code MaxInputBytesPerBatchPath}, or {@code null}
 * @param batchInput {@code BatchInput}, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ItemBatcher(
        @Nullable JsonNode maxItemsPerBatch,
        @Nullable String maxItemsPerBatchPath,
        @Nullable JsonNode maxInputBytesPerBatch,
        @Nullable String maxInputBytesPerBatchPath,
        @Nullable JsonNode batchInput) {}
