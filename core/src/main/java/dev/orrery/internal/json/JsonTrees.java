package dev.orrery.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes JSON trees with Jackson's streaming parser and generator alone, node for node as an
 * {@code ObjectMapper}'s {@code readTree} and {@code writeValueAsString} do, without building a mapper: a mapper's
 * first use loads and initialises several hundred classes of Jackson's data binding (about 100 ms of CPU in a fresh
 * JVM), which a definition, an input and a coverage report never need.
 */
public final class JsonTrees {

    /** The factory of plain parsers and generators, with Jackson's defaults. */
    public static final JsonFactory FACTORY = new JsonFactory();

    private JsonTrees() {}

    /**
     * Read the value at the parser's current token (reading the first token when there is none yet) as
     * {@code ObjectMapper.readTree(JsonParser)} does: objects keep the last of duplicate keys (where the first one
     * stood), integers are int, long or big-integer nodes by their size, decimals are double nodes unless the parser
     * reports a {@code BigDecimal}.
     *
     * @return the value, or {@code null} at the end of the input
     */
    public static @Nullable JsonNode read(JsonParser parser, JsonNodeFactory nodes) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
            if (token == null) {
                return null;
            }
        }
        return value(parser, token, nodes);
    }

    private static JsonNode value(JsonParser parser, JsonToken token, JsonNodeFactory nodes) throws IOException {
        switch (token) {
            case START_OBJECT:
                return object(parser, parser.nextToken(), nodes);
            case FIELD_NAME:
                return object(parser, token, nodes);
            case START_ARRAY:
                ArrayNode array = nodes.arrayNode();
                for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY;
                        element = parser.nextToken()) {
                    array.add(value(parser, element, nodes));
                }
                return array;
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                JsonParser.NumberType type = parser.getNumberType();
                if (type == JsonParser.NumberType.INT) {
                    return nodes.numberNode(parser.getIntValue());
                }
                return type == JsonParser.NumberType.LONG ? nodes.numberNode(parser.getLongValue())
                        : nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberTypeFP() == JsonParser.NumberTypeFP.BIG_DECIMAL
                        ? nodes.numberNode(parser.getDecimalValue()) : nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                // JSON text has no other token at the start of a value (no embedded objects, no stray end markers)
                throw new JsonParseException(parser, "Unexpected token (" + token
                        + ") at the start of a JSON value", parser.currentTokenLocation());
        }
    }

    private static ObjectNode object(JsonParser parser, JsonToken first, JsonNodeFactory nodes) throws IOException {
        ObjectNode object = nodes.objectNode();
        for (JsonToken token = first; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            object.replace(name, value(parser, parser.nextToken(), nodes));
        }
        return object;
    }

    /**
     * Read the first JSON value of the text as {@code new ObjectMapper().readTree(text)} does: what follows the value
     * is not read, and a text that holds none (blank) gives a missing node.
     *
     * @throws JsonProcessingException with the location of the first problem
     */
    public static JsonNode readTree(String text) throws JsonProcessingException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonNode value = read(parser, JsonNodeFactory.instance);
            return value == null ? MissingNode.getInstance() : value;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Return the value as compact JSON text, as {@code new ObjectMapper().writeValueAsString(value)} does. */
    public static String write(JsonNode value) {
        return write(value, false);
    }

    /**
     * Return the value as JSON text, indented as a mapper with {@code SerializationFeature.INDENT_OUTPUT} indents it
     * (Jackson's default pretty printer) when {@code indent} is set.
     */
    public static String write(JsonNode value, boolean indent) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            if (indent) {
                generator.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Write the value to the generator, node for node as its own {@code serialize} with a mapper's defaults. */
    public static void write(JsonGenerator generator, JsonNode value) throws IOException {
        switch (value.getNodeType()) {
            case OBJECT:
                generator.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    generator.writeFieldName(field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
                return;
            case ARRAY:
                generator.writeStartArray();
                for (JsonNode element : value) {
                    write(generator, element);
                }
                generator.writeEndArray();
                return;
            case STRING:
                generator.writeString(value.textValue());
                return;
            case NUMBER:
                number(generator, value);
                return;
            case BOOLEAN:
                generator.writeBoolean(value.booleanValue());
                return;
            case NULL:
            case MISSING:
                generator.writeNull();
                return;
            default:
                // a binary or POJO node never comes from JSON text; leave those to Jackson's own serializer
                generator.writeRawValue(value.toString());
        }
    }

    private static void number(JsonGenerator generator, JsonNode value) throws IOException {
        switch (value.numberType()) {
            case INT:
                generator.writeNumber(value.intValue());
                return;
            case LONG:
                generator.writeNumber(value.longValue());
                return;
            case BIG_INTEGER:
                generator.writeNumber(value.bigIntegerValue());
                return;
            case FLOAT:
                generator.writeNumber(value.floatValue());
                return;
            case BIG_DECIMAL:
                generator.writeNumber(value.decimalValue());
                return;
            default:
                generator.writeNumber(value.doubleValue());
        }
    }
}
