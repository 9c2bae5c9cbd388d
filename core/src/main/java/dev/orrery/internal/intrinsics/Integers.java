package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reads integer arguments: exact ones for indexes and sizes, rounded ones for the Math functions. */
final class Integers {

    private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Integers() {}

    /**
     * Return a whole-number argument as an int.
     *
     * @throws InvalidArgumentException when it is outside the 32-bit range
     */
    static int exact(String function, int index, JsonNode value) {
        return checked(function, index, decimal(function, index, value));
    }

    /**
     * Return a number argument rounded to the closest integer, halves rounded up ({@code -1.5} to {@code -1}), as
     * Step Functions rounds the arguments of its Math functions.
     *
     * @throws InvalidArgumentException when the result is outside the 32-bit range
     */
    static int rounded(String function, int index, JsonNode value) {
        if (value.isInt() || value.isShort()) {
            return value.intValue();
        }
        BigDecimal number = decimal(function, index, value);
        return checked(function, index, number.add(HALF).setScale(0, RoundingMode.FLOOR));
    }

    /** Return the argument as a decimal; an infinite or NaN double has none (Orrery's wording). */
    private static BigDecimal decimal(String function, int index, JsonNode value) {
        if (!Double.isFinite(value.doubleValue()) && (value.isDouble() || value.isFloat())) {
            throw new InvalidArgumentException(Causes.invalid(function, "argument " + (index + 1)
                    + " must be an integer between -2147483648 and 2147483647 but was " + value.asText()));
        }
        return value.decimalValue();
    }

    private static int checked(String function, int index, BigDecimal value) {
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            throw new InvalidArgumentException(Causes.invalid(function, "argument " + (index + 1)
                    + " must be an integer between -2147483648 and 2147483647 but was " + value.toPlainString()));
        }
        return value.intValueExact();
    }
}
