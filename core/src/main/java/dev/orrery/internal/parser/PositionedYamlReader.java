package dev.orrery.internal.parser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.orrery.parse.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads YAML text into a JSON tree while recording the source position of every value, reporting duplicate keys and
 * keeping CloudFormation's short-form tags, which Jackson's tree model would drop: {@code !Ref X} becomes
 * {@code {"Ref": "X"}}, {@code !GetAtt A.B} becomes {@code {"Fn::GetAtt": ["A", "B"]}}, {@code !Sub s} becomes
 * {@code {"Fn::Sub": "s"}} and so on for every {@code !Name} tag.
 */
final class PositionedYamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;
    private final Diagnostics diagnostics;
    private final Map<String, SourcePosition> positions = new HashMap<>();

    private PositionedYamlReader(String source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /** Read the text, or report why it is not one YAML document and return {@code null}. */
    static @Nullable JsonDocument read(String text, String source, Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.errorAt(Diagnostics.SCHEMA, "", "the definition is empty; expected a YAML mapping",
                    new SourcePosition(source, 1, 1));
            return null;
        }
        try {
            return new PositionedYamlReader(source, diagnostics).document(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            SourcePosition position = location == null ? new SourcePosition(source, 1, 1)
                    : new SourcePosition(source, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
            diagnostics.errorAt(Diagnostics.INVALID_JSON, "", "the definition is not valid YAML: "
                    + firstLine(e.getOriginalMessage()), position);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private @Nullable JsonDocument document(String text) throws IOException {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                diagnostics.errorAt(Diagnostics.SCHEMA, "", "the definition is empty; expected a YAML mapping",
                        new SourcePosition(source, 1, 1));
                return null;
            }
            positions.put("", position(parser.currentTokenLocation()));
            JsonNode root = value(parser, token, "");
            if (parser.nextToken() != null) {
                diagnostics.errorAt(Diagnostics.INVALID_JSON, "", "the file holds more than one YAML document;"
                        + " expected exactly one", position(parser.currentTokenLocation()));
            }
            return new JsonDocument(root, source, positions);
        }
    }

    private JsonNode value(YAMLParser parser, JsonToken token, String pointer) throws IOException {
        String tag = parser.getTypeId();
        JsonNode plain = switch (token) {
            case START_OBJECT -> object(parser, pointer);
            case START_ARRAY -> array(parser, pointer);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> number(parser);
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
        return tag == null || tag.startsWith("tag:yaml.org") ? plain : tagged(tag, plain);
    }

    private static JsonNode number(YAMLParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    /** Return the long form of a CloudFormation short-form tag. */
    private static JsonNode tagged(String tag, JsonNode value) {
        ObjectNode intrinsic = NODES.objectNode();
        if (tag.equals("Ref") || tag.equals("Condition")) {
            intrinsic.set(tag, value);
        } else if (tag.equals("GetAtt") && value.isTextual() && value.asText().contains(".")) {
            String text = value.asText();
            int dot = text.indexOf('.');
            ArrayNode parts = NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1));
            intrinsic.set("Fn::GetAtt", parts);
        } else {
            intrinsic.set("Fn::" + tag, value);
        }
        return intrinsic;
    }

    private ObjectNode object(YAMLParser parser, String pointer) throws IOException {
        ObjectNode object = NODES.objectNode();
        Set<String> seen = new HashSet<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            String child = Pointers.child(pointer, name);
            SourcePosition position = position(parser.currentTokenLocation());
            boolean first = seen.add(name);
            if (first) {
                positions.put(child, position);
            } else {
                diagnostics.errorAt(parent(pointer) ? Diagnostics.DUPLICATE_STATE : Diagnostics.INVALID_JSON, child,
                        parent(pointer) ? "duplicate state name \"" + name + "\": state names must be unique"
                                : "duplicate key \"" + name + "\" in one YAML mapping; only one may be given", position);
            }
            JsonNode value = value(parser, parser.nextToken(), child);
            if (first) {
                object.set(name, value);
            }
        }
        return object;
    }

    private static boolean parent(String pointer) {
        return pointer.endsWith("/States");
    }

    private ArrayNode array(YAMLParser parser, String pointer) throws IOException {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            String child = Pointers.child(pointer, index++);
            positions.put(child, position(parser.currentTokenLocation()));
            array.add(value(parser, element, child));
        }
        return array;
    }

    private SourcePosition position(JsonLocation location) {
        return new SourcePosition(source, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
