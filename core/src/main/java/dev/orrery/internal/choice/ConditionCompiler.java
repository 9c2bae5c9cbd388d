package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.model.ComparisonOperator;
import dev.orrery.model.Condition;
import java.util.ArrayList;
import java.util.List;

/** Compiles JSONPath-mode conditions into trees of {@link CompiledCondition}s. */
final class ConditionCompiler {

    private ConditionCompiler() {}

    /** Compile a condition and its operands recursively. */
    static CompiledCondition compile(Condition condition) throws ExpressionSyntaxException {
        if (condition instanceof Condition.Comparison comparison) {
            return comparison(comparison);
        } else if (condition instanceof Condition.And and) {
            return new AndCondition(all(and.conditions(), "And"));
        } else if (condition instanceof Condition.Or or) {
            return new OrCondition(all(or.conditions(), "Or"));
        } else if (condition instanceof Condition.Not not) {
            return new NotCondition(compile(not.condition()));
        }
        throw new ExpressionSyntaxException(
                "JSONata conditions are compiled by the JSONata evaluator, not as JSONPath Choice rules", -1);
    }

    private static List<CompiledCondition> all(List<Condition> conditions, String field)
            throws ExpressionSyntaxException {
        if (conditions.isEmpty()) {
            throw new ExpressionSyntaxException(field + " must be a non-empty array of Choice Rules", -1);
        }
        List<CompiledCondition> compiled = new ArrayList<>(conditions.size());
        for (Condition condition : conditions) {
            compiled.add(compile(condition));
        }
        return compiled;
    }

    private static CompiledCondition comparison(Condition.Comparison comparison) throws ExpressionSyntaxException {
        ChoicePath variable = ChoicePath.compile(comparison.variable(), "Variable");
        ComparisonOperator operator = comparison.operator();
        JsonNode operand = comparison.operand();
        String name = operator.aslName();
        return switch (operator) {
            case STRING_EQUALS, STRING_EQUALS_PATH, STRING_LESS_THAN, STRING_LESS_THAN_PATH, STRING_GREATER_THAN,
                    STRING_GREATER_THAN_PATH, STRING_LESS_THAN_EQUALS, STRING_LESS_THAN_EQUALS_PATH,
                    STRING_GREATER_THAN_EQUALS, STRING_GREATER_THAN_EQUALS_PATH ->
                    new StringComparison(variable, relation(name), Operands.string(operator, operand));
            case STRING_MATCHES -> StringMatches.compile(variable, Operands.literalString(name, operand));
            case NUMERIC_EQUALS, NUMERIC_EQUALS_PATH, NUMERIC_LESS_THAN, NUMERIC_LESS_THAN_PATH,
                    NUMERIC_GREATER_THAN, NUMERIC_GREATER_THAN_PATH, NUMERIC_LESS_THAN_EQUALS,
                    NUMERIC_LESS_THAN_EQUALS_PATH, NUMERIC_GREATER_THAN_EQUALS, NUMERIC_GREATER_THAN_EQUALS_PATH ->
                    new NumericComparison(variable, relation(name), Operands.number(operator, operand));
            case TIMESTAMP_EQUALS, TIMESTAMP_EQUALS_PATH, TIMESTAMP_LESS_THAN, TIMESTAMP_LESS_THAN_PATH,
                    TIMESTAMP_GREATER_THAN, TIMESTAMP_GREATER_THAN_PATH, TIMESTAMP_LESS_THAN_EQUALS,
                    TIMESTAMP_LESS_THAN_EQUALS_PATH, TIMESTAMP_GREATER_THAN_EQUALS,
                    TIMESTAMP_GREATER_THAN_EQUALS_PATH ->
                    new TimestampComparison(variable, relation(name), Operands.timestamp(operator, operand));
            case BOOLEAN_EQUALS, BOOLEAN_EQUALS_PATH -> new BooleanEquals(variable, Operands.bool(operator, operand));
            case IS_PRESENT -> new IsPresent(variable, Operands.flag(name, operand));
            case IS_NULL -> new TypeTest(variable, TypeTest.Kind.NULL, Operands.flag(name, operand));
            case IS_NUMERIC -> new TypeTest(variable, TypeTest.Kind.NUMERIC, Operands.flag(name, operand));
            case IS_STRING -> new TypeTest(variable, TypeTest.Kind.STRING, Operands.flag(name, operand));
            case IS_BOOLEAN -> new TypeTest(variable, TypeTest.Kind.BOOLEAN, Operands.flag(name, operand));
            case IS_TIMESTAMP -> new TypeTest(variable, TypeTest.Kind.TIMESTAMP, Operands.flag(name, operand));
        };
    }

    /** Return the relation an operator name ends with (before any {@code Path} suffix). */
    private static Relation relation(String aslName) {
        String name = aslName.endsWith("Path") ? aslName.substring(0, aslName.length() - 4) : aslName;
        if (name.endsWith("LessThanEquals")) {
            return Relation.LESS_THAN_EQUALS;
        } else if (name.endsWith("GreaterThanEquals")) {
            return Relation.GREATER_THAN_EQUALS;
        } else if (name.endsWith("LessThan")) {
            return Relation.LESS_THAN;
        } else if (name.endsWith("GreaterThan")) {
            return Relation.GREATER_THAN;
        }
        return Relation.EQUALS;
    }
}
