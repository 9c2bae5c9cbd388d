package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.model.ComparisonOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code *Path} comparisons: both sides are written, the compared side from the same table as a literal
 * comparison with a fixed value on the other side.
 */
final class PathComparisons {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PathComparisons() {}

    static List<Assignment> witnesses(ComparisonOperator operator, Slot variable, Slot other, boolean holds) {
        String literalName = operator.aslName().substring(0, operator.aslName().length() - "Path".length());
        ComparisonOperator literal = ComparisonOperator.fromAslName(literalName);
        if (literal == null) {
            return List.of();
        }
        JsonNode fixed = switch (literal.operand()) {
            case NUMBER -> NODES.numberNode(10);
            case BOOLEAN -> NODES.booleanNode(true);
            case TIMESTAMP -> NODES.textNode("2025-01-01T00:00:00Z");
            default -> NODES.textNode("m");
        };
        List<Assignment> alternatives = new ArrayList<>();
        for (JsonNode value : Values.making(literal, fixed, holds)) {
            Assignment both = Assignment.of(other, fixed).and(Assignment.of(variable, value));
            if (both != null) {
                alternatives.add(both);
            }
        }
        return alternatives;
    }
}
