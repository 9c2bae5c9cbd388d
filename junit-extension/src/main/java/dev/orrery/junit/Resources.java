package dev.orrery.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Reads test files: a classpath resource of the given name, else a file path relative to the working directory. */
final class Resources {

    private Resources() {}

    /** Return the text of the resource or file, or {@code null} when neither exists. */
    static @Nullable String read(String name, Class<?> testClass) {
        try (InputStream in = testClass.getClassLoader().getResourceAsStream(strip(name))) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path file = Path.of(name);
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Return the resource or file as a file on disk, or {@code null} when it is neither or inside a jar. */
    static @Nullable Path file(String name, Class<?> testClass) {
        java.net.URL url = testClass.getClassLoader().getResource(strip(name));
        if (url != null && url.getProtocol().equals("file")) {
            try {
                return Path.of(url.toURI());
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }
        Path file = Path.of(name);
        return url == null && Files.isRegularFile(file) ? file : null;
    }

    /**
     * Parse JSON text strictly (a duplicate key or content after the value is not JSON) keeping numbers as written,
     * or return {@code null} when it is not JSON; {@link #whyNotJson(String)} says why.
     */
    static @Nullable JsonNode json(String text) {
        try {
            JsonNode json = StrictJson.read(text);
            return json.isMissingNode() ? null : json;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Return why the text is not JSON, with the line and column, e.g. {@code (1:14: Duplicate field 'a')}. */
    static String whyNotJson(String text) {
        try {
            return StrictJson.read(text).isMissingNode() ? "(it is empty)" : "";
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : location.getLineNr() + ":" + location.getColumnNr() + ": ";
            return "(" + where + e.getOriginalMessage() + ")";
        }
    }

    static String whereToPut(String name) {
        return "put \"" + name + "\" under src/test/resources or give a path relative to "
                + Path.of("").toAbsolutePath() + ".";
    }

    private static String strip(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }
}
