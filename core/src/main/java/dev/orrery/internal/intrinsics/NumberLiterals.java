package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Turns number literal text into the JSON number it stands for: int, long, big integer or double. */
final class NumberLiterals {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NumberLiterals() {}

    /**
     * Parse a literal matching {@code -?\d+(\.\d+)?([eE][+-]?\d+)?}.
     *
     * @throws NumberFormatException when its exponent is out of range or its value beyond the range of a double
     */
    static JsonNode parse(String text) {
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            return integral(new BigInteger(text));
        }
        double value = new BigDecimal(text).doubleValue();
        if (Double.isInfinite(value)) {
            throw new NumberFormatException("beyond the range of a double: " + text);
        }
        return NODES.numberNode(value);
    }

    /** Return the smallest integral node holding the value. */
    static JsonNode integral(BigInteger value) {
        if (value.bitLength() < 32) {
            return NODES.numberNode(value.intValue());
        }
        if (value.bitLength() < 64) {
            return NODES.numberNode(value.longValue());
        }
        return NODES.numberNode(value);
    }
}
