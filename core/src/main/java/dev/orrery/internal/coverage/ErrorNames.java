package dev.orrery.internal.coverage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.interpreter.ErrorHandler;
import dev.orrery.internal.json.JsonTrees;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A retrier's {@code ErrorEquals}: as the JSON array text a coverage item holds (written and read with Jackson's
 * streaming generator and parser), and whether it matches an error.
 */
final class ErrorNames {

    private ErrorNames() {}

    static String toJson(List<String> errorEquals) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JsonTrees.FACTORY.createGenerator(text)) {
            generator.writeStartArray();
            for (String name : errorEquals) {
                generator.writeString(name);
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Return the names of a JSON array text; an empty list when the text is not one. */
    static List<String> fromJson(String text) {
        List<String> names = new ArrayList<>();
        try {
            for (JsonNode name : JsonTrees.readTree(text)) {
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
