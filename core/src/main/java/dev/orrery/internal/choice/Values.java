package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Conversions of JSON values to the types comparisons work on; {@code null} means "not of that type". */
final class Values {

    private Values() {}

    /** Return the string of a JSON string, else {@code null}. */
    static @Nullable String string(@Nullable JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** Return the exact value of a JSON number (so that 1 equals 1.0 and -0.0 equals 0), else {@code null}. */
    static @Nullable BigDecimal number(@Nullable JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    /** Return the value of a JSON boolean, else {@code null}. */
    static @Nullable Boolean bool(@Nullable JsonNode node) {
        return node != null && node.isBoolean() ? node.booleanValue() : null;
    }

    /** Return the instant of a JSON string holding an accepted timestamp, else {@code null}. */
    static @Nullable Instant timestamp(@Nullable JsonNode node) {
        return Timestamps.parse(node);
    }
}
