package dev.orrery.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.json.StrictJson;
import dev.orrery.internal.parser.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the JSON the commands take: inline text, {@code @FILE} references and files, strictly (a duplicate key or
 * content after the value is an error with its position) and keeping numbers as written. Files are UTF-8; a leading
 * byte order mark is dropped, as RFC 8259 allows a JSON reader to.
 */
final class JsonFiles {

    private JsonFiles() {}

    /** Read inline JSON, or the file named after an {@code @}. */
    static JsonNode inlineOrFile(String option, String value) throws UsageException {
        if (value.startsWith("@")) {
            return file(option, Path.of(value.substring(1)));
        }
        try {
            return StrictJson.read(value);
        } catch (JsonProcessingException e) {
            throw new UsageException(option + " is not valid JSON" + at(e, " at ") + ": " + JsonText.describe(e)
                    + " (use @FILE to read a file)");
        }
    }

    /** Read a JSON file. */
    static JsonNode file(String option, Path file) throws UsageException {
        return parse(option, file, text(option, file));
    }

    /** Read a text file: UTF-8, a leading byte order mark dropped; bytes that are not UTF-8 are located. */
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
        try {
            JsonNode node = StrictJson.read(text);
            if (node.isMissingNode()) {
                throw new UsageException(option + " file " + file + " is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new UsageException(option + " file " + file + at(e, ":") + " is not valid JSON: "
                    + JsonText.describe(e));
        }
    }

    /** Return the line and column of the problem after the prefix, or nothing when Jackson gives none. */
    private static String at(JsonProcessingException e, String prefix) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : prefix + location.getLineNr() + ":" + location.getColumnNr();
    }

    static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
