package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code String*} and {@code String*Path}: compares strings as Java's {@code String.compareTo} does (UTF-16 code
 * units, no case folding or normalisation), as the Step Functions developer guide specifies.
 */
final class StringComparison extends OrderedComparison<String> {

    StringComparison(ChoicePath variable, Relation relation, Operand<String> operand) {
        super(variable, relation, operand);
    }

    @Override
    @Nullable
    String convert(JsonNode value) {
        return Values.string(value);
    }
}
