package dev.orrery.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            throw new UsageException(option + " is not valid JSON: " + e.getOriginalMessage()
                    + " (use @FILE to read a file)");
        }
    }

    /** Read a JSON file. */
    static JsonNode file(String option, Path file) throws UsageException {
        return parse(option, file, text(option, file));
    }

    /** Read a text file (UTF-8). */
    static String text(String option, Path file) throws UsageException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + option + " file " + file + ": " + describe(e));
        }
    }

    private static JsonNode parse(String option, Path file, String text) throws UsageException {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new UsageException(option + " file " + file + " is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
            throw new UsageException(option + " file " + file + where + " is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
