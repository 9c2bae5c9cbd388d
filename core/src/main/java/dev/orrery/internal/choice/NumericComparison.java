package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** {@code Numeric*} and {@code Numeric*Path}: compares numbers exactly, so 1 equals 1.0 and -0.0 equals 0. */
final class NumericComparison extends OrderedComparison<BigDecimal> {

    NumericComparison(ChoicePath variable, Relation relation, Operand<BigDecimal> operand) {
        super(variable, relation, operand);
    }

    @Override
    @Nullable
    BigDecimal convert(JsonNode value) {
        return Values.number(value);
    }
}
