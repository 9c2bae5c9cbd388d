package dev.orrery.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code Timestamp*} and {@code Timestamp*Path}: compares the instants of two timestamps; a string that is not a
 * timestamp Step Functions accepts makes the comparison false.
 */
final class TimestampComparison extends OrderedComparison<Instant> {

    TimestampComparison(ChoicePath variable, Relation relation, Operand<Instant> operand) {
        super(variable, relation, operand);
    }

    @Override
    @Nullable
    Instant convert(JsonNode value) {
        return Values.timestamp(value);
    }
}
