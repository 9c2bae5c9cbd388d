package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map state's {@code ItemReader}.
 *
 * @param resource the reader's {@code Resource}, e.g. {@code arn:aws:states:::s3:getObject}, never {@code null}
 * @param readerConfig {@code ReaderConfig}, or {@code null}
 * @param parameters JSONPath {@code Parameters}, or {@code null}
 * @param arguments JSONata {@code Arguments}, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ItemReader(
        String resource, @Nullable JsonNode readerConfig, @Nullable JsonNode parameters, @Nullable JsonNode arguments) {}
