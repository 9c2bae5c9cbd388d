package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** JSON value equality where numbers compare by value ({@code 1} equals {@code 1} whatever node type holds it). */
final class JsonEquality {

    private static final Comparator<JsonNode> NUMBERS = (a, b) -> {
        if (a.isNumber() && b.isNumber() && a.isIntegralNumber() == b.isIntegralNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonEquality() {}

    /** Return whether the two values are equal. */
    static boolean equal(JsonNode a, JsonNode b) {
        return a.equals(NUMBERS, b);
    }
}
