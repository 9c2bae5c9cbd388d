package dev.orrery.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Reads test files: a classpath resource of the given name, else a file path relative to the working directory. */
final class Resources {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    /** Parse JSON text, or return {@code null} when it is not JSON. */
    static @Nullable JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
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
