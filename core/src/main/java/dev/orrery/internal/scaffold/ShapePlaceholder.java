package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.teststate.ResponseShapes;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A placeholder value of a botocore output shape, with members named as Step Functions names them (first letter upper
 * case): every top-level member, and below it only required members; strings hold their enum's first value or
 * {@code <MemberName>}, numbers 0, booleans {@code false}, lists {@code []} and maps <code>{}</code>.
 */
final class ShapePlaceholder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;

    private final ResponseShapes shapes;

    private ShapePlaceholder(ResponseShapes shapes) {
        this.shapes = shapes;
    }

    static JsonNode of(ResponseShapes shapes) {
        return new ShapePlaceholder(shapes).structure(shapes.shape(shapes.outputShape()), 0);
    }

    private ObjectNode structure(JsonNode shape, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode required = shape.path("required");
        for (Iterator<Map.Entry<String, JsonNode>> members = shape.path("members").fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            boolean keep = depth == 0 || contains(required, member.getKey());
            if (keep && depth < MAX_DEPTH) {
                String name = stepFunctionsName(member.getKey());
                object.set(name, value(member.getValue().asText(), name, depth + 1));
            }
        }
        return object;
    }

    private JsonNode value(String shapeName, String member, int depth) {
        JsonNode shape = shapes.shape(shapeName);
        return switch (shape.path("type").asText()) {
            case "structure" -> structure(shape, depth);
            case "list" -> NODES.arrayNode();
            case "map" -> NODES.objectNode();
            case "integer", "long", "float", "double" -> NODES.numberNode(0);
            case "boolean" -> NODES.booleanNode(false);
            case "timestamp" -> NODES.textNode("2025-01-01T00:00:00Z");
            case "blob" -> NODES.textNode("");
            default -> shape.path("enum").isArray() && !shape.path("enum").isEmpty() ? shape.path("enum").get(0)
                    : NODES.textNode("<" + member + ">");
        };
    }

    private static boolean contains(JsonNode array, String name) {
        for (JsonNode element : array) {
            if (element.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String stepFunctionsName(String member) {
        return member.isEmpty() ? member : member.substring(0, 1).toUpperCase(Locale.ROOT) + member.substring(1);
    }
}
