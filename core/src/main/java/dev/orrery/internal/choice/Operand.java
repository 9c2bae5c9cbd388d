package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The right-hand side of a comparison: a literal converted at compile time, or a {@code *Path} operand read and
 * converted at each test.
 *
 * @param <T> the compared type (String, BigDecimal, Boolean, Instant)
 */
sealed interface Operand<T> permits Operand.Literal, Operand.FromPath {

    /**
     * Return the operand's value, or {@code null} when the value the path selects is not of the compared type.
     *
     * @throws dev.orrery.internal.eval.StatesException when a path selects nothing
     */
    @Nullable
    T value(JsonNode input, EvaluationContext context);

    /**
     * A literal operand.
     *
     * @param literal the converted value
     * @param <T> the compared type
     */
    record Literal<T>(T literal) implements Operand<T> {
        @Override
        public T value(JsonNode input, EvaluationContext context) {
            return literal;
        }
    }

    /**
     * A {@code *Path} operand.
     *
     * @param path the path to the compared value
     * @param convert the conversion, giving {@code null} for values of another type
     * @param <T> the compared type
     */
    record FromPath<T>(ChoicePath path, Function<JsonNode, @Nullable T> convert) implements Operand<T> {
        @Override
        public @Nullable T value(JsonNode input, EvaluationContext context) {
            return convert.apply(path.resolve(input, context));
        }
    }
}
