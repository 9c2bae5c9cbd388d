package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How many arguments a function takes and of which types.
 *
 * @param types the types of the leading arguments
 * @param required how many of the leading arguments are required
 * @param rest the type of any further arguments, or {@code null} when there may be none
 */
record Signature(List<ArgType> types, int required, @Nullable ArgType rest) {

    /** Return a signature of exactly these argument types. */
    static Signature of(ArgType... types) {
        return new Signature(List.of(types), types.length, null);
    }

    /** Return a signature whose first {@code required} arguments are required and the others optional. */
    static Signature optional(int required, ArgType... types) {
        return new Signature(List.of(types), required, null);
    }

    /** Return a signature of the leading types followed by any number of {@code rest} arguments. */
    static Signature variadic(ArgType rest, ArgType... leading) {
        return new Signature(List.of(leading), leading.length, rest);
    }

    /** Return whether a call may have this many arguments. */
    boolean acceptsCount(int count) {
        return count >= required && (rest != null || count <= types.size());
    }

    /** Return the text describing the allowed argument count, e.g. {@code 2} or {@code at least 1}. */
    String countText() {
        if (rest != null) {
            return "at least " + required;
        }
        return required == types.size() ? String.valueOf(required) : required + " to " + types.size();
    }

    /**
     * Check each known value against its type.
     *
     * @param values the argument values; {@code null} where unknown (a path or call at compile time)
     * @throws InvalidArgumentException on the first value of the wrong type
     */
    void checkTypes(String function, List<@Nullable JsonNode> values) {
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            ArgType type = i < types.size() ? types.get(i) : rest;
            if (value != null && type != null && !type.accepts(value)) {
                throw new InvalidArgumentException(Causes.wrongType(function, i, type, value));
            }
        }
    }
}
