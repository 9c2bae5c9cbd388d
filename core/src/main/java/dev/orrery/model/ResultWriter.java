package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map state's {@code ResultWriter}.
 *
 * @param resource the writer's {@code Resource}, or {@code null}
 * @param parameters JSONPath {@code Parameters}, or {@code null}
 * @param arguments JSONata {@code Arguments}, or {@code null}
 * @param writerConfig {@code WriterConfig}, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ResultWriter(
        @Nullable String resource,
        @Nullable JsonNode parameters,
        @Nullable JsonNode arguments,
        @Nullable JsonNode writerConfig) {}
