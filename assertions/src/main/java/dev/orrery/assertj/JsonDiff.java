package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Finds the first difference between two JSON values: key order is ignored and numbers compare by value. */
final class JsonDiff {

    private JsonDiff() {}

    /** Return whether the values are equal, ignoring key order and comparing numbers by value. */
    static boolean equal(JsonNode expected, JsonNode actual) {
        return firstDifference(expected, actual, "$") == null;
    }

    /**
     * Return the first difference as {@code first difference at "$.a": expected 1 but was 2}, or {@code null} when
     * the values are equal.
     */
    static @Nullable String firstDifference(JsonNode expected, JsonNode actual, String location) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? null : difference(location, expected.toString(), actual.toString());
        }
        if (expected.isObject() && actual.isObject()) {
            return objectDifference(expected, actual, location);
        }
        if (expected.isArray() && actual.isArray()) {
            return arrayDifference(expected, actual, location);
        }
        return expected.equals(actual) ? null : difference(location, expected.toString(), actual.toString());
    }

    private static @Nullable String objectDifference(JsonNode expected, JsonNode actual, String location) {
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            String at = location + JsonLocation.name(field.getKey());
            JsonNode value = actual.get(field.getKey());
            String found = value == null
                    ? difference(at, field.getValue().toString(), "missing")
                    : firstDifference(field.getValue(), value, at);
            if (found != null) {
                return found;
            }
        }
        for (Map.Entry<String, JsonNode> field : actual.properties()) {
            String name = field.getKey();
            if (!expected.has(name)) {
                return difference(location + JsonLocation.name(name), "no field", actual.get(name).toString());
            }
        }
        return null;
    }

    private static @Nullable String arrayDifference(JsonNode expected, JsonNode actual, String location) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String found = firstDifference(expected.get(i), actual.get(i), location + "[" + i + "]");
            if (found != null) {
                return found;
            }
        }
        if (expected.size() != actual.size()) {
            return difference(location, expected.size() + " elements", actual.size() + " elements");
        }
        return null;
    }

    private static String difference(String location, String expected, String actual) {
        return "first difference at \"" + location + "\": expected " + expected + " but was " + actual;
    }
}
