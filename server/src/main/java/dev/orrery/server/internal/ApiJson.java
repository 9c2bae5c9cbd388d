package dev.orrery.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How the operations read request fields and write response fields in the AWS JSON 1.0 protocol. */
final class ApiJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApiJson() {
    }

    static void requireValidName(String name) {
        if (!Arns.validName(name)) {
            throw ApiException.invalidName(name);
        }
    }

    /** Return a timestamp as the JSON protocol sends it: epoch seconds with milliseconds. */
    static JsonNode date(Instant instant) {
        return NODES.numberNode(BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }

    static void putToken(ObjectNode response, @Nullable String token) {
        if (token != null) {
            response.put("nextToken", token);
        }
    }

    static @Nullable String text(JsonNode request, String field, @Nullable String fallback) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    static @Nullable Integer integer(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
