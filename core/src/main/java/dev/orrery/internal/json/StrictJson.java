package dev.orrery.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads the JSON text a user gives (an execution input, a mocks file, a MockConfigFile, an expected value) without
 * losing or changing any of it: a duplicate key, or content after the value (as in {@code {"a":1}{"b":2}}), is an
 * error with its line and column instead of being dropped, and numbers keep the value written (see
 * {@link ExactNumberParser}). The trees are read with a parser alone ({@link JsonTrees}), as a mapper's
 * {@code readTree} reads them.
 */
public final class StrictJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final JsonFactory LENIENT = JsonTrees.FACTORY;

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {}

    /**
     * Read one JSON value from the text.
     *
     * @throws JsonProcessingException with the location of the first problem: malformed JSON, a duplicate key
     *     ({@code Duplicate field 'a'}), or content after the value
     * @return the value, or a missing node when the text holds none (blank)
     */
    public static JsonNode read(String text) throws JsonProcessingException {
        try (JsonParser parser = new ExactNumberParser(STRICT.createParser(text))) {
            JsonNode value;
            try {
                value = JsonTrees.read(parser, NODES);
            } catch (StreamConstraintsException e) {
                // a limit (nesting depth, say) is reported without a place: put it where the reader stopped
                throw e.getLocation() != null ? e
                        : new StreamConstraintsException(e.getOriginalMessage(), parser.currentLocation());
            }
            if (value == null) {
                return MissingNode.getInstance();
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "unexpected content after the JSON value; expected one value "
                        + "only (a second document, or a stray character?)", parser.currentTokenLocation());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Read the first JSON value of text whose duplicate keys and trailing content the caller has reported already
     * (the definition parser collects every problem), keeping numbers as written.
     *
     * @throws JsonProcessingException when the text is not JSON
     * @return the value, or a missing node when the text holds none
     */
    public static JsonNode readKeepingNumbers(String text) throws JsonProcessingException {
        try (JsonParser parser = new ExactNumberParser(LENIENT.createParser(text))) {
            JsonNode value = JsonTrees.read(parser, NODES);
            return value == null ? MissingNode.getInstance() : value;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Read every JSON value of the text, one after another (as in {@code {"events":[]}{"events":[]}}), each with
     * duplicate keys refused and numbers kept as written.
     *
     * @throws JsonProcessingException with the location of the first problem
     * @return the values in order, empty when the text holds none
     */
    public static java.util.List<JsonNode> readAll(String text) throws JsonProcessingException {
        java.util.List<JsonNode> values = new java.util.ArrayList<>();
        try (JsonParser parser = new ExactNumberParser(STRICT.createParser(text))) {
            while (parser.nextToken() != null) {
                try {
                    values.add(JsonTrees.read(parser, NODES));
                } catch (StreamConstraintsException e) {
                    throw e.getLocation() != null ? e
                            : new StreamConstraintsException(e.getOriginalMessage(), parser.currentLocation());
                }
            }
            return values;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
