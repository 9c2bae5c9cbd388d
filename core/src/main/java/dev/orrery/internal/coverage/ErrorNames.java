package dev.orrery.internal.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.interpreter.ErrorHandler;
import java.util.ArrayList;
import java.util.List;

/** A retrier's {@code ErrorEquals}: as the JSON array text a coverage item holds, and whether it matches an error. */
final class ErrorNames {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorNames() {}

    static String toJson(List<String> errorEquals) {
        try {
            return JSON.writeValueAsString(errorEquals);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings is always JSON", e);
        }
    }

    /** Return the names of a JSON array text; an empty list when the text is not one. */
    static List<String> fromJson(String text) {
        List<String> names = new ArrayList<>();
        try {
            for (JsonNode name : JSON.readTree(text)) {
                names.add(name.asText());
            }
        } catch (JsonProcessingException e) {
            return List.of();
        }
        return names;
    }

    /** Return whether an {@code ErrorEquals} list matches the error as the interpreter decides it. */
    static boolean matches(List<String> errorEquals, String error, boolean heartbeatTimeout) {
        return ErrorHandler.matches(errorEquals, error, heartbeatTimeout);
    }
}
