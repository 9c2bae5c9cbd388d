package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.orrery.internal.eval.StatesException;
import org.jspecify.annotations.Nullable;

/**
 * The fallback for the complex forms (wildcards, deep scan, slices, unions, filters, functions), evaluated by Jayway
 * json-path, the library AWS Step Functions uses: indefinite paths yield an array of their matches.
 */
final class JaywayPath implements PathEvaluator {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Jayway over Jackson trees; immutable once built. */
    static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new StrictJacksonProvider())
            .mappingProvider(new JacksonMappingProvider(MAPPER))
            .build();

    private static final JacksonMappingProvider MAPPING = new JacksonMappingProvider(MAPPER);

    /**
     * The configuration of one evaluation of a path that calls {@code append()}: values put into the document are
     * copied first, within a budget that the evaluation's copies share, so each evaluation gets its own.
     */
    private static Configuration appending() {
        return Configuration.builder().jsonProvider(new CopyingJacksonProvider()).mappingProvider(MAPPING).build();
    }

    private final JsonPath path;
    private final FilterRegexBound regexBound;

    /** Whether the path calls {@code append()}, which Jayway applies to the document in place. */
    private final boolean appends;

    /** Evaluate the compiled path; {@code text} is the path as written, whose filters' patterns are bounded. */
    JaywayPath(JsonPath path, String text) {
        this.path = path;
        this.regexBound = FilterRegexBound.of(text);
        // a function's parameters are not part of Jayway's normalised path, so look at the path as written too
        this.appends = text.contains("append(") || appends(path);
    }

    @Override
    public @Nullable JsonNode evaluate(JsonNode node) {
        regexBound.check(node);
        try {
            return read(node);
        } catch (PathNotFoundException e) {
            return null;
        } catch (JsonPathException | StatesException e) {
            throw e;
        } catch (RuntimeException e) {
            // Jayway reports some evaluation failures with plain runtime exceptions, e.g. an IllegalStateException
            // for a deep scan inside a function argument ("$..append($.*$)").
            throw new JsonPathException(String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Read the path. A path that appends reads a copy, so that the input stays as it was, with a provider that copies
     * what it appends, so that appending an enclosing value ({@code $.a.append($)}) never makes a value contain itself.
     */
    private JsonNode read(JsonNode node) {
        return toJsonNode(appends ? path.read(node.deepCopy(), appending()) : path.read(node, CONFIGURATION));
    }

    private static boolean appends(JsonPath path) {
        return path.getPath().contains("append(");
    }

    /**
     * Return Jayway's explanation of why the path matches nothing in the document (or cannot be evaluated on it), or
     * {@code null} if it matches.
     */
    static @Nullable String whyNotFound(JsonPath path, JsonNode document) {
        try {
            // only for a message: read a copy, as a path may append anywhere, even inside a function's parameters
            path.read(document.deepCopy(), appending());
            return null;
        } catch (StatesException e) {
            throw e;
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static JsonNode toJsonNode(@Nullable Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        return value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
    }

    @Override
    public String toString() {
        return path.getPath();
    }
}
