package dev.orrery.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
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

    private final JsonPath path;

    JaywayPath(JsonPath path) {
        this.path = path;
    }

    @Override
    public @Nullable JsonNode evaluate(JsonNode node) {
        try {
            return toJsonNode(path.read(node, CONFIGURATION));
        } catch (PathNotFoundException e) {
            return null;
        }
    }

    /**
     * Return Jayway's explanation of why the path matches nothing in the document (or cannot be evaluated on it), or
     * {@code null} if it matches.
     */
    static @Nullable String whyNotFound(JsonPath path, JsonNode document) {
        try {
            path.read(document, CONFIGURATION);
            return null;
        } catch (JsonPathException e) {
            return e.getMessage();
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
