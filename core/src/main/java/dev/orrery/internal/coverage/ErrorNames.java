package dev.orrery.internal.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A retrier's {@code ErrorEquals}: as the JSON array text a coverage item holds, and how it matches an error. */
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

    /**
     * Return whether an {@code ErrorEquals} list matches the error, as the interpreter decides which retrier handles
     * it: by name; {@code States.ALL} matches every error but {@code States.Runtime}; {@code States.TaskFailed} every
     * error but {@code States.Timeout} and {@code States.Runtime}; {@code States.HeartbeatTimeout} a
     * {@code States.Timeout} caused by a missed heartbeat.
     */
    static boolean matches(List<String> errorEquals, String error, boolean heartbeatTimeout) {
        boolean runtime = error.equals("States.Runtime");
        for (String name : errorEquals) {
            if (name.equals(error)
                    || (!runtime && name.equals("States.ALL"))
                    || (!runtime && name.equals("States.TaskFailed") && !error.equals("States.Timeout"))
                    || (heartbeatTimeout && name.equals("States.HeartbeatTimeout"))) {
                return true;
            }
        }
        return false;
    }
}
