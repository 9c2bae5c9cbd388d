package dev.orrery.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.parser.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the JSON the commands take: inline text, {@code @FILE} references and files. */
final class JsonFiles {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {}

    /** Read inline JSON, or the file named after an {@code @}. */
    static JsonNode inlineOrFile(String option, String value) throws UsageException {
        if (value.startsWith("@")) {
            return file(option, Path.of(value.substring(1)));
        }
        try {
            return MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UsageException(option + " is not valid JSON: " + JsonText.describe(e)
                    + " (use @FILE to read a file)");
        }
    }

    /** Read a JSON file. */
    static JsonNode file(String option, Path file) throws UsageException {
        return parse(option, file, text(option, file));
    }

    /** Read a text file: UTF-8, a leading byte order mark dropped (as RFC 8259 allows a JSON reader to). */
    static String text(String option, Path file) throws UsageException {
        try {
            return JsonText.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UsageException("cannot read " + option + " file " + file + ": " + describe(e));
        } catch (JsonText.MalformedTextException e) {
            throw new UsageException(option + " file " + file + ":" + e.line() + ":" + e.column() + " is "
                    + e.getMessage());
        }
    }

    private static JsonNode parse(String option, Path file, String text) throws UsageException {
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                JsonNode node = MAPPER.readTree(parser);
                if (node == null || node.isMissingNode()) {
                    throw new UsageException(option + " file " + file + " is empty");
                }
                return node;
            } catch (JsonProcessingException e) {
                JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new UsageException(option + " file " + file + ":" + location.getLineNr() + ":"
                        + location.getColumnNr() + " is not valid JSON: " + JsonText.describe(e));
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + option + " file " + file + ": " + describe(e));
        }
    }

    static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
