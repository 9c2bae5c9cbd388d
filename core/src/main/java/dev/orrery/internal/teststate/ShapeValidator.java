package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON value against a botocore shape as TestState checks a mocked result ({@code fieldValidationMode}).
 * The rules by shape type: a structure is a JSON object whose members are named as Step Functions names them (the
 * botocore member name with its first letter upper-cased), with its required members present in STRICT mode and
 * fields outside the shape accepted; a list is an array; a map is an object; a string, blob or timestamp is a JSON
 * string (AWS refuses a timestamp given as a number: recorded by LocalStack's TestState snapshot
 * {@code test_strict_mode_sfn_task[wrong_timestamp_type_number]}); integer, long, float and double are numbers; a boolean
 * is {@code true} or {@code false}; a document is any JSON. Strings and blobs are held to their min/max length
 * (a blob's length is that of its base64-decoded bytes when it decodes), strings to their enum, numbers to their
 * min/max. Patterns are not checked.
 *
 * <p>The messages are AWS's where a recording shows them: {@code Field 'X' must be a string}, {@code must be a
 * number}, {@code must be an array}, {@code is smaller than the minimum length}, {@code is less than the minimum
 * value}, {@code exceeds the maximum value}, {@code is not an expected value}, where {@code X} is the innermost
 * field's own name (not a path), and {@code Mock result schema validation error: Required field 'X' is missing} for a
 * missing required member. Orrery's own wording, unconfirmed by a recording: {@code must be an object},
 * {@code must be a boolean} and {@code exceeds the maximum length}.
 * An array element or map value is reported under the name of the field holding the array or map.
 */
final class ShapeValidator {

    private static final String PREFIX = "Mock result schema validation error: Field '";
    private static final Set<String> NUMBERS = Set.of("integer", "long", "float", "double");

    private final ServiceModels.Model model;
    private final boolean strict;
    private final Set<String> anyJsonMembers;

    /**
     * @param anyJsonMembers the top-level members Step Functions returns as parsed JSON rather than the shape's
     *     string (the {@code Input} and {@code Output} of {@code states:startExecution.sync:2})
     */
    ShapeValidator(ServiceModels.Model model, boolean strict, Set<String> anyJsonMembers) {
        this.model = model;
        this.strict = strict;
        this.anyJsonMembers = anyJsonMembers;
    }

    /** Check {@code result}, the whole mocked result, against the output shape {@code shapeName}. */
    void checkResult(JsonNode result, String shapeName) {
        JsonNode shape = model.shape(shapeName);
        if (result.isObject() && shape.path("type").asText().equals("structure")) {
            checkStructure(result, shape, true);
        }
    }

    private void check(JsonNode value, String shapeName, String field) {
        JsonNode shape = model.shape(shapeName);
        String type = shape.path("type").asText();
        switch (type) {
            case "structure" -> {
                require(value.isObject(), field, "must be an object");
                checkStructure(value, shape, false);
            }
            case "list" -> {
                require(value.isArray(), field, "must be an array");
                checkLength(value.size(), shape, field);
                for (JsonNode element : value) {
                    check(element, shape.path("member").asText(), field);
                }
            }
            case "map" -> {
                require(value.isObject(), field, "must be an object");
                checkLength(value.size(), shape, field);
                for (Iterator<JsonNode> values = value.elements(); values.hasNext(); ) {
                    check(values.next(), shape.path("value").asText(), field);
                }
            }
            case "string" -> {
                require(value.isTextual(), field, "must be a string");
                checkLength(value.asText().codePointCount(0, value.asText().length()), shape, field);
                checkEnum(value.asText(), shape, field);
            }
            case "blob" -> {
                require(value.isTextual(), field, "must be a string");
                checkLength(blobLength(value.asText()), shape, field);
            }
            case "timestamp" -> require(value.isTextual(), field, "must be a string");
            case "boolean" -> require(value.isBoolean(), field, "must be a boolean");
            default -> {
                if (NUMBERS.contains(type)) {
                    require(value.isNumber(), field, "must be a number");
                    checkRange(value, shape, field);
                }
            }
        }
    }

    private void checkStructure(JsonNode value, JsonNode shape, boolean top) {
        JsonNode members = shape.path("members");
        for (Iterator<Map.Entry<String, JsonNode>> it = members.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String name = stepFunctionsName(member.getKey());
            JsonNode memberValue = value.get(name);
            if (memberValue == null || memberValue.isNull() || (top && anyJsonMembers.contains(name))) {
                continue;
            }
            check(memberValue, member.getValue().asText(), name);
        }
        if (strict) {
            for (JsonNode required : shape.path("required")) {
                String name = stepFunctionsName(required.asText());
                if (!value.has(name)) {
                    throw RequestChecks.validation(
                            "Mock result schema validation error: Required field '" + name + "' is missing");
                }
            }
        }
    }

    private static void checkLength(int length, JsonNode shape, String field) {
        JsonNode min = shape.get("min");
        JsonNode max = shape.get("max");
        require(min == null || length >= min.asLong(), field, "is smaller than the minimum length");
        require(max == null || length <= max.asLong(), field, "exceeds the maximum length");
    }

    private static void checkRange(JsonNode value, JsonNode shape, String field) {
        JsonNode min = shape.get("min");
        JsonNode max = shape.get("max");
        require(min == null || value.decimalValue().compareTo(min.decimalValue()) >= 0, field,
                "is less than the minimum value");
        require(max == null || value.decimalValue().compareTo(max.decimalValue()) <= 0, field,
                "exceeds the maximum value");
    }

    private static void checkEnum(String value, JsonNode shape, String field) {
        JsonNode values = shape.get("enum");
        if (values == null) {
            return;
        }
        for (JsonNode allowed : values) {
            if (allowed.asText().equals(value)) {
                return;
            }
        }
        require(false, field, "is not an expected value");
    }

    private static int blobLength(String text) {
        try {
            return Base64.getDecoder().decode(text).length;
        } catch (IllegalArgumentException notBase64) {
            return text.length();
        }
    }

    private static String stepFunctionsName(String member) {
        return member.isEmpty() ? member : member.substring(0, 1).toUpperCase(Locale.ROOT) + member.substring(1);
    }

    private static void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw RequestChecks.validation(PREFIX + field + "' " + problem);
        }
    }
}
