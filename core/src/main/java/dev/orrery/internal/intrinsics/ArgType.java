package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type an intrinsic function expects for one of its arguments. */
enum ArgType {
    ANY("any value"),
    STRING("a string"),
    NUMBER("a number"),
    INTEGER("an integer"),
    BOOLEAN("a boolean"),
    ARRAY("an array"),
    OBJECT("an object");

    private final String description;

    ArgType(String description) {
        this.description = description;
    }

    /** Return how the type is named in cause texts, e.g. {@code an array}. */
    String description() {
        return description;
    }

    /** Return whether the value has this type. */
    boolean accepts(JsonNode value) {
        return switch (this) {
            case ANY -> true;
            case STRING -> value.isTextual();
            case NUMBER -> value.isNumber();
            case INTEGER -> isInteger(value);
            case BOOLEAN -> value.isBoolean();
            case ARRAY -> value.isArray();
            case OBJECT -> value.isObject();
        };
    }

    /** Return whether the value is a whole number ({@code 3} or {@code 3.0}). */
    static boolean isInteger(JsonNode value) {
        if (value.isIntegralNumber()) {
            return true;
        }
        return value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
    }
}
