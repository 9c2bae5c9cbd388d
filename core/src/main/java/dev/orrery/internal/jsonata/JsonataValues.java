package dev.orrery.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts between Jackson trees and the Java values dashjoin JSONata works on.
 *
 * <p>JSON {@code null} is {@link Jsonata#NULL_VALUE}, JSONata's undefined is Java {@code null}. Numbers that are
 * whole and fit a {@code long} come back as integral nodes ({@code 3.0} becomes {@code 3}, as JavaScript prints it);
 * other numbers come back as doubles. A top-level sequence of one value is that value; an empty one is undefined.
 */
public final class JsonataValues {

    /** The deepest nesting of a result: the nesting limit Orrery applies to every payload. */
    static final int MAX_DEPTH = 1_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double LONG_LIMIT = 0x1p63;

    private JsonataValues() {}

    /** Return the JSONata value of a JSON value. */
    public static @Nullable Object toJsonata(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> object(node);
            case ARRAY -> array(node);
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> number(node);
            case NULL -> Jsonata.NULL_VALUE;
            default -> null;
        };
    }

    private static Map<String, Object> object(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            map.put(entry.getKey(), toJsonata(entry.getValue()));
        }
        return map;
    }

    private static List<Object> array(JsonNode node) {
        List<Object> list = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            list.add(toJsonata(element));
        }
        return list;
    }

    private static Number number(JsonNode node) {
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        return node.doubleValue();
    }

    /**
     * Return the JSON value of a JSONata result, or {@code null} when it is undefined.
     *
     * @throws UnsupportedResultException when the result (or a part of it) is a function or a number JSON cannot hold
     */
    public static @Nullable JsonNode toJson(@Nullable Object value) {
        return toJson(value, 0);
    }

    private static @Nullable JsonNode toJson(@Nullable Object value, int depth) {
        if (value instanceof List<?> list && Utils.isSequence(list) && !keepsSingleton(list)) {
            if (list.isEmpty()) {
                return null;
            }
            if (list.size() == 1) {
                return toJson(list.get(0), depth);
            }
        }
        return convert(value, depth);
    }

    private static boolean keepsSingleton(List<?> list) {
        return list instanceof Utils.JList<?> jlist && jlist.keepSingleton;
    }

    private static @Nullable JsonNode convert(@Nullable Object value, int depth) {
        if (value == null) {
            return null;
        }
        if (value == Jsonata.NULL_VALUE) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if ((value instanceof Map<?, ?> || value instanceof List<?>) && depth >= MAX_DEPTH) {
            throw new TooDeepResultException();
        }
        if (value instanceof Map<?, ?> map) {
            return object(map, depth + 1);
        }
        if (value instanceof List<?> list) {
            return array(list, depth + 1);
        }
        throw new UnsupportedResultException(value.getClass().getSimpleName());
    }

    private static ObjectNode object(Map<?, ?> map, int depth) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            JsonNode value = convert(entry.getValue(), depth);
            if (value != null) {
                object.set(String.valueOf(entry.getKey()), value);
            }
        }
        return object;
    }

    private static ArrayNode array(List<?> list, int depth) {
        ArrayNode array = NODES.arrayNode(list.size());
        for (Object element : list) {
            JsonNode value = toJson(element, depth);
            if (value != null) {
                array.add(value);
            }
        }
        return array;
    }

    /** Return the JSON number for a JSONata number: integral when whole and within {@code long}, else a double. */
    public static JsonNode number(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte) {
            return integral(number.longValue());
        }
        if (number instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        double value = number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new UnsupportedResultException("number " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < LONG_LIMIT) {
            return integral((long) value);
        }
        return NODES.numberNode(value);
    }

    private static JsonNode integral(long value) {
        return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    /** Return the JSON type name AWS uses in its errors: object, array, string, number, boolean or null. */
    public static String typeName(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT, POJO -> "object";
            case ARRAY -> "array";
            case STRING, BINARY -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            default -> "null";
        };
    }
}
