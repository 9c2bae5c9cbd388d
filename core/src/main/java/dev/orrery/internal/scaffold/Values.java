package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.orrery.model.ComparisonOperator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The values that make one comparison with a literal hold or not: the literal itself, a neighbour just below or
 * above it, or a value of another type. {@link MissingNode} stands for an absent field.
 */
final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TIMESTAMP = "2025-01-01T00:00:00Z";

    private Values() {}

    static List<JsonNode> making(ComparisonOperator operator, JsonNode operand, boolean holds) {
        return switch (operator.operand()) {
            case STRING -> operator == ComparisonOperator.STRING_MATCHES ? matches(operand.asText(), holds)
                    : strings(operator, operand.asText(), holds);
            case NUMBER -> numbers(operator, operand.decimalValue(), holds);
            case TIMESTAMP -> timestamps(operator, operand.asText(), holds);
            case BOOLEAN -> operator == ComparisonOperator.BOOLEAN_EQUALS
                    ? List.of(NODES.booleanNode(operand.asBoolean() == holds))
                    : typeTest(operator, operand.asBoolean() == holds);
            case PATH -> List.of();
        };
    }

    private static List<JsonNode> strings(ComparisonOperator operator, String value, boolean holds) {
        String above = value + "z";
        String below = value.isEmpty() ? null : value.substring(0, value.length() - 1);
        String chosen = switch (operator) {
            case STRING_EQUALS -> holds ? value : above;
            case STRING_LESS_THAN -> holds ? below : value;
            case STRING_GREATER_THAN -> holds ? above : value;
            case STRING_LESS_THAN_EQUALS -> holds ? value : above;
            default -> holds ? value : below;
        };
        return chosen == null ? List.of() : List.of(NODES.textNode(chosen));
    }

    /**
     * A wildcard pattern holds for its text with each {@code *} dropped; it misses with a character put before (or
     * after) where the pattern has no wildcard, or the empty text; nothing but another type misses {@code "*"}.
     */
    private static List<JsonNode> matches(String pattern, boolean holds) {
        StringBuilder text = new StringBuilder();
        boolean escaped = false;
        for (char c : pattern.toCharArray()) {
            if (escaped || (c != '*' && c != '\\')) {
                text.append(c);
                escaped = false;
            } else {
                escaped = c == '\\';
            }
        }
        if (holds) {
            return List.of(NODES.textNode(text.toString()));
        }
        boolean starStart = pattern.startsWith("*");
        boolean starEnd = pattern.endsWith("*") && !pattern.endsWith("\\*");
        String literal = text.toString();
        if (!starStart) {
            return List.of(NODES.textNode((literal.startsWith("#") ? "%" : "#") + literal));
        }
        if (!starEnd) {
            return List.of(NODES.textNode(literal + (literal.endsWith("#") ? "%" : "#")));
        }
        return literal.isEmpty() ? List.of() : List.of(NODES.textNode(""));
    }

    private static List<JsonNode> numbers(ComparisonOperator operator, BigDecimal value, boolean holds) {
        BigDecimal above = value.add(BigDecimal.ONE);
        BigDecimal below = value.subtract(BigDecimal.ONE);
        BigDecimal chosen = switch (operator) {
            case NUMERIC_EQUALS -> holds ? value : above;
            case NUMERIC_LESS_THAN -> holds ? below : value;
            case NUMERIC_GREATER_THAN -> holds ? above : value;
            case NUMERIC_LESS_THAN_EQUALS -> holds ? value : above;
            default -> holds ? value : below;
        };
        return List.of(number(chosen));
    }

    /**
     * Return whether a value makes a comparison with a literal come out as {@code holds}: numbers, strings and
     * timestamps compared by value, a value of another type never holding. Other operators are not judged.
     */
    static boolean satisfies(ComparisonOperator operator, JsonNode operand, JsonNode value, boolean holds) {
        Integer order = switch (operator.operand()) {
            case NUMBER -> value.isNumber() ? value.decimalValue().compareTo(operand.decimalValue()) : null;
            case STRING -> operator == ComparisonOperator.STRING_MATCHES ? Integer.MIN_VALUE
                    : value.isTextual() ? Integer.signum(value.asText().compareTo(operand.asText())) : null;
            case TIMESTAMP -> instantOrder(value, operand);
            default -> Integer.MIN_VALUE;
        };
        if (order != null && order == Integer.MIN_VALUE) {
            return false;
        }
        String name = operator.aslName();
        boolean result = order != null && (name.endsWith("LessThanEquals") ? order <= 0
                : name.endsWith("GreaterThanEquals") ? order >= 0 : name.endsWith("LessThan") ? order < 0
                : name.endsWith("GreaterThan") ? order > 0 : order == 0);
        return result == holds;
    }

    private static Integer instantOrder(JsonNode value, JsonNode operand) {
        try {
            return value.isTextual() ? Integer.signum(OffsetDateTime.parse(value.asText()).toInstant()
                    .compareTo(OffsetDateTime.parse(operand.asText()).toInstant())) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return NODES.numberNode(plain.longValueExact());
        }
        return NODES.numberNode(value);
    }

    private static List<JsonNode> timestamps(ComparisonOperator operator, String text, boolean holds) {
        Instant value;
        try {
            value = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return List.of();
        }
        Instant above = value.plusSeconds(1);
        Instant below = value.minusSeconds(1);
        Instant chosen = switch (operator) {
            case TIMESTAMP_EQUALS -> holds ? value : above;
            case TIMESTAMP_LESS_THAN -> holds ? below : value;
            case TIMESTAMP_GREATER_THAN -> holds ? above : value;
            case TIMESTAMP_LESS_THAN_EQUALS -> holds ? value : above;
            default -> holds ? value : below;
        };
        return List.of(NODES.textNode(chosen == value ? text : chosen.toString()));
    }

    /** {@code IsNull}, {@code IsPresent} and the type tests, asked to hold or not. */
    private static List<JsonNode> typeTest(ComparisonOperator operator, boolean holds) {
        return switch (operator) {
            case IS_PRESENT -> List.of(holds ? Assignment.ANY : MissingNode.getInstance());
            case IS_NULL -> List.of(holds ? NODES.nullNode() : NODES.textNode("not null"));
            case IS_NUMERIC -> List.of(holds ? NODES.numberNode(0) : NODES.textNode("not a number"));
            case IS_STRING -> List.of(holds ? NODES.textNode("text") : NODES.numberNode(0));
            case IS_BOOLEAN -> List.of(holds ? NODES.booleanNode(true) : NODES.textNode("not a boolean"));
            default -> List.of(holds ? NODES.textNode(TIMESTAMP) : NODES.textNode("not a timestamp"));
        };
    }
}
