package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.ComparisonOperator;
import dev.orrery.model.Condition;
import org.jspecify.annotations.Nullable;

/** The JSONPath comparison a JSONata comparison of a field with a literal stands for. */
final class Comparisons {

    private Comparisons() {}

    static @Nullable Condition of(String variable, String operator, JsonNode literal) {
        if (literal.isNull()) {
            Condition isNull = new Condition.Comparison(variable, ComparisonOperator.IS_NULL,
                    com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
            return operator.equals("=") ? isNull : operator.equals("!=") ? new Condition.Not(isNull) : null;
        }
        String family = literal.isNumber() ? "Numeric" : literal.isBoolean() ? "Boolean" : "String";
        String name = switch (operator) {
            case "=", "!=" -> "Equals";
            case "<" -> "LessThan";
            case "<=" -> "LessThanEquals";
            case ">" -> "GreaterThan";
            default -> "GreaterThanEquals";
        };
        ComparisonOperator comparison = ComparisonOperator.fromAslName(family + name);
        if (comparison == null) {
            return null;
        }
        Condition condition = new Condition.Comparison(variable, comparison, literal);
        return operator.equals("!=") ? new Condition.Not(condition) : condition;
    }
}
