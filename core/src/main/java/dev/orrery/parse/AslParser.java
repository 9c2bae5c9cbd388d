package dev.orrery.parse;

import dev.orrery.internal.parser.DefinitionReader;
import dev.orrery.model.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Parses Amazon States Language definitions from text, files or classpath resources.
 *
 * <p>Every problem is collected at once as a {@link Diagnostic}; the parser never throws for a bad definition. Use
 * {@link ParseResult#orThrow()} to get the {@link StateMachine} or an exception listing every error.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AslParser {

    private AslParser() {}

    /**
     * Parse definition text; diagnostics name the source {@code definition}.
     *
     * @param text the definition's JSON text, never {@code null}
     * @return the state machine when valid, and every diagnostic
     */
    public static ParseResult parse(String text) {
        return parse(text, "definition");
    }

    /**
     * Parse definition text; diagnostics name the given source (a file name, say).
     *
     * @param text the definition's JSON text, never {@code null}
     * @param sourceName the name diagnostics give the source, never {@code null}
     * @return the state machine when valid, and every diagnostic
     */
    public static ParseResult parse(String text, String sourceName) {
        return DefinitionReader.read(text, sourceName);
    }

    /**
     * Parse a definition file (UTF-8, a leading byte order mark ignored as RFC 8259 allows); diagnostics name the
     * file, and bytes that are not UTF-8 are reported with their offset.
     *
     * @param file the definition file, never {@code null}
     * @return the state machine when valid, and every diagnostic
     */
    public static ParseResult parse(Path file) {
        try {
            return DefinitionReader.read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read definition " + file, e);
        }
    }

    /**
     * Parse a definition from the classpath, e.g. {@code "workflows/order.asl.json"}.
     *
     * @param name the resource name, without a leading slash, never {@code null}
     * @return the state machine when valid, and every diagnostic
     */
    public static ParseResult parseResource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader == null ? AslParser.class.getClassLoader() : loader).getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource named '" + name + "'");
            }
            return DefinitionReader.read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read definition resource " + name, e);
        }
    }
}
