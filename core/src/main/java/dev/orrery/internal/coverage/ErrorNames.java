package dev.orrery.internal.coverage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
        try (JsonParser parser = JsonTrees.FACTORY.createParser(text)) {
            JsonNode array = JsonTrees.read(parser, JsonNodeFactory.instance);
            if (array != null) {
                for (JsonNode name : array) {
                    names.add(name.asText());
                }
            }
        } catch (JsonProcessingException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Return whether an {@code ErrorEquals} list matches the error as the interpreter decides it. */
    static boolean matches(List<String> errorEquals, String error, boolean heartbeatTimeout) {
        return ErrorHandler.matches(errorEquals, error, heartbeatTimeout);
    }
}
