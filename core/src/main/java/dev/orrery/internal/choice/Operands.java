package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.Timestamps;
import dev.orrery.model.ComparisonOperator;
import java.math.BigDecimal;
import java.time.Instant;

/** Compiles the value of a comparison operator: checks a literal's type once, or compiles a {@code *Path}. */
final class Operands {

    private Operands() {}

    static Operand<String> string(ComparisonOperator operator, JsonNode operand) throws ExpressionSyntaxException {
        if (operator.isPath()) {
            return new Operand.FromPath<>(path(operator, operand), Values::string);
        }
        return new Operand.Literal<>(literalString(operator.aslName(), operand));
    }

    static Operand<BigDecimal> number(ComparisonOperator operator, JsonNode operand)
            throws ExpressionSyntaxException {
        if (operator.isPath()) {
            return new Operand.FromPath<>(path(operator, operand), Values::number);
        }
        BigDecimal number = Values.number(operand);
        if (number == null) {
            throw invalid(operator.aslName(), "a number", operand);
        }
        return new Operand.Literal<>(number);
    }

    static Operand<Boolean> bool(ComparisonOperator operator, JsonNode operand) throws ExpressionSyntaxException {
        if (operator.isPath()) {
            return new Operand.FromPath<>(path(operator, operand), Values::bool);
        }
        return new Operand.Literal<>(flag(operator.aslName(), operand));
    }

    static Operand<Instant> timestamp(ComparisonOperator operator, JsonNode operand)
            throws ExpressionSyntaxException {
        if (operator.isPath()) {
            return new Operand.FromPath<>(path(operator, operand), Values::timestamp);
        }
        Instant instant = Timestamps.parse(operand);
        if (instant == null) {
            throw invalid(operator.aslName(), "an RFC 3339 timestamp such as \"2016-03-14T01:59:00Z\"", operand);
        }
        return new Operand.Literal<>(instant);
    }

    /** Return the string value of an operator that takes a string literal. */
    static String literalString(String aslName, JsonNode operand) throws ExpressionSyntaxException {
        if (!operand.isTextual()) {
            throw invalid(aslName, "a string", operand);
        }
        return operand.textValue();
    }

    /** Return the boolean value of an operator that takes a boolean literal. */
    static boolean flag(String aslName, JsonNode operand) throws ExpressionSyntaxException {
        if (!operand.isBoolean()) {
            throw invalid(aslName, "a boolean", operand);
        }
        return operand.booleanValue();
    }

    private static ChoicePath path(ComparisonOperator operator, JsonNode operand) throws ExpressionSyntaxException {
        return ChoicePath.compile(literalString(operator.aslName(), operand), operator.aslName());
    }

    private static ExpressionSyntaxException invalid(String aslName, String expected, JsonNode operand) {
        return new ExpressionSyntaxException(aslName + " must be " + expected + " but was " + operand, -1);
    }
}
