package dev.orrery.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * URL encoding as the HTTP Task applies it: percent-encoding of every byte but the RFC 3986 unreserved characters
 * (so a space is {@code %20} and a bracket {@code %5B}), query parameters, and {@code form-urlencoded} bodies with
 * nested objects as {@code key[field]} and arrays in one of the {@link ArrayFormat}s.
 */
public final class UrlEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {}

    /** Return the text percent-encoded in UTF-8, keeping only {@code A-Z a-z 0-9 - . _ ~}. */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Return a JSON object as {@code form-urlencoded} data: {@code {"a": {"b": 1}, "c": ["x", "y"]}} with
     * {@link ArrayFormat#INDICES} gives {@code a%5Bb%5D=1&c%5B0%5D=x&c%5B1%5D=y}. Empty arrays and objects give
     * nothing, {@code null} gives an empty value.
     */
    public static String form(JsonNode object, ArrayFormat arrays) {
        List<String> pairs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            formField(field.getKey(), field.getValue(), arrays, pairs);
        }
        return String.join("&", pairs);
    }

    /**
     * Return query parameters as a query string (without {@code ?}): a field's array repeats its key
     * ({@code ids=1&ids=2}), an object value is sent as its JSON text, {@code null} as an empty value.
     */
    public static String query(JsonNode object) {
        List<String> pairs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> pairs.add(pair(field.getKey(), text(item))));
            } else {
                pairs.add(pair(field.getKey(), text(field.getValue())));
            }
        }
        return String.join("&", pairs);
    }

    /** Return the text a scalar is sent as: a string's value, a number's or boolean's JSON text, "" for null. */
    static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static void formField(String name, JsonNode value, ArrayFormat arrays, List<String> pairs) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                formField(name + "[" + field.getKey() + "]", field.getValue(), arrays, pairs);
            }
        } else if (value.isArray()) {
            formArray(name, value, arrays, pairs);
        } else {
            pairs.add(pair(name, text(value)));
        }
    }

    private static void formArray(String name, JsonNode array, ArrayFormat arrays, List<String> pairs) {
        if (arrays == ArrayFormat.COMMAS) {
            if (!array.isEmpty()) {
                List<String> items = new ArrayList<>();
                array.forEach(item -> items.add(encode(text(item))));
                pairs.add(encode(name) + "=" + String.join(",", items));
            }
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String itemName = switch (arrays) {
                case INDICES -> name + "[" + i + "]";
                case BRACKETS -> name + "[]";
                case REPEAT, COMMAS -> name;
            };
            formField(itemName, array.get(i), arrays, pairs);
        }
    }

    private static String pair(String name, String value) {
        return encode(name) + "=" + encode(value);
    }
}
