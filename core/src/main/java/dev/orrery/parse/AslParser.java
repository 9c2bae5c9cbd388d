package dev.orrery.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.parser.ModelReader;
import dev.orrery.model.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Parses Amazon States Language definitions from text, files or classpath resources.
 *
 * <p>Every problem is collected at once as a {@link Diagnostic}; the parser never throws for a bad definition. Use
 * {@link ParseResult#orThrow()} to get the {@link StateMachine} or an exception listing every error.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AslParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AslParser() {}

    /** Parse definition text; diagnostics name the source {@code definition}. */
    public static ParseResult parse(String text) {
        return parse(text, "definition");
    }

    /** Parse definition text; diagnostics name the given source (a file name, say). */
    public static ParseResult parse(String text, String sourceName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            SourcePosition position = location == null ? null
                    : new SourcePosition(sourceName, location.getLineNr(), location.getColumnNr());
            return new ParseResult(null, List.of(new Diagnostic(Severity.ERROR, "INVALID_JSON_DESCRIPTION",
                    "the definition is not valid JSON: " + e.getOriginalMessage(), "", position)));
        }
        if (root == null || root.isMissingNode()) {
            return new ParseResult(null, List.of(new Diagnostic(Severity.ERROR, "INVALID_JSON_DESCRIPTION",
                    "the definition is empty", "", new SourcePosition(sourceName, 1, 1))));
        }
        ModelReader reader = new ModelReader();
        StateMachine machine = reader.read(root);
        return new ParseResult(reader.diagnostics().isEmpty() ? machine : null, reader.diagnostics());
    }

    /** Parse a definition file (UTF-8); diagnostics name the file. */
    public static ParseResult parse(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read definition " + file, e);
        }
    }

    /** Parse a definition from the classpath, e.g. {@code "workflows/order.asl.json"}. */
    public static ParseResult parseResource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader == null ? AslParser.class.getClassLoader() : loader).getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource named '" + name + "'");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read definition resource " + name, e);
        }
    }
}
