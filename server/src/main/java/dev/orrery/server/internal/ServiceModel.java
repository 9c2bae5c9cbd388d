package dev.orrery.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Step Functions service model (operations and shapes, trimmed from botocore's {@code service-2.json}) and the
 * checks AWS's front end makes on a request before the service sees it: member names, JSON types, required members,
 * lengths, ranges and enums.
 *
 * <p>Constraint violations read as AWS's: {@code 1 validation error detected: Value '1001' at 'maxResults' failed to
 * satisfy constraint: Member must have value less than or equal to 1000}; sensitive members show no value. A member
 * of the wrong JSON type answers {@code SerializationException} and an unknown member {@code ValidationException};
 * those two messages are Orrery's own wording.
 */
public final class ServiceModel {

    private static final String RESOURCE = "stepfunctions-model.json";

    private final JsonNode operations;
    private final JsonNode shapes;

    private ServiceModel(JsonNode model) {
        this.operations = model.get("operations");
        this.shapes = model.get("shapes");
    }

    /** Load the model bundled with the server. */
    public static ServiceModel load() {
        try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new ServiceModel(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Return whether the API has the operation. */
    public boolean hasOperation(String operation) {
        return operations.has(operation);
    }

    /** Return the names of the API's operations, sorted. */
    public Set<String> operations() {
        Set<String> names = new TreeSet<>();
        operations.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Check a request body against the operation's input shape.
     *
     * @throws ApiException {@code SerializationException}, {@code ValidationException}
     */
    public void validate(String operation, JsonNode body) {
        String input = operations.path(operation).path("input").asText();
        if (!body.isObject()) {
            throw new ApiException("SerializationException",
                    "Orrery: the request body of " + operation + " must be a JSON object");
        }
        List<String> violations = new ArrayList<>();
        checkStructure(input, body, "", operation, violations);
        if (!violations.isEmpty()) {
            int n = violations.size();
            throw new ApiException("ValidationException", n + " validation error" + (n == 1 ? "" : "s")
                    + " detected: " + String.join("; ", violations));
        }
    }

    private void checkStructure(String shapeName, JsonNode value, String path, String operation,
            List<String> violations) {
        JsonNode shape = shapes.get(shapeName);
        JsonNode members = shape.path("members");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!members.has(field.getKey())) {
                throw new ApiException("ValidationException", "Orrery: unknown member '" + join(path, field.getKey())
                        + "' in a " + operation + " request; the members here are " + names(members));
            }
        }
        for (JsonNode required : shape.path("required")) {
            JsonNode member = value.get(required.asText());
            if (member == null || member.isNull()) {
                violations.add("Value null at '" + join(path, required.asText())
                        + "' failed to satisfy constraint: Member must not be null");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = members.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode memberValue = value.get(member.getKey());
            if (memberValue != null && !memberValue.isNull()) {
                check(member.getValue().asText(), memberValue, join(path, member.getKey()), operation, violations);
            }
        }
    }

    private void check(String shapeName, JsonNode value, String path, String operation, List<String> violations) {
        JsonNode shape = shapes.get(shapeName);
        String type = shape.path("type").asText();
        switch (type) {
            case "structure" -> {
                requireType(value.isObject(), "an object", path, operation);
                checkStructure(shapeName, value, path, operation, violations);
            }
            case "list" -> {
                requireType(value.isArray(), "an array", path, operation);
                checkLength(shapeName, value, value.size(), path, violations);
                for (int i = 0; i < value.size(); i++) {
                    if (!value.get(i).isNull()) {
                        check(shape.path("member").asText(), value.get(i), path + "." + (i + 1) + ".member",
                                operation, violations);
                    }
                }
            }
            case "map" -> {
                requireType(value.isObject(), "an object", path, operation);
                checkLength(shapeName, value, value.size(), path, violations);
            }
            case "string" -> {
                requireType(value.isTextual(), "a string", path, operation);
                String text = value.asText();
                checkLength(shapeName, value, text.codePointCount(0, text.length()), path, violations);
                if (shape.has("enum") && !contains(shape.get("enum"), text)) {
                    violations.add(prefix(shapeName, value, path) + "Member must satisfy enum value set: "
                            + list(shape.get("enum")));
                }
            }
            case "integer", "long" -> {
                requireType(value.isIntegralNumber(), "an integer", path, operation);
                if (shape.has("max") && value.asLong() > shape.get("max").asLong()) {
                    violations.add(prefix(shapeName, value, path) + "Member must have value less than or equal to "
                            + shape.get("max").asLong());
                }
                if (shape.has("min") && value.asLong() < shape.get("min").asLong()) {
                    violations.add(prefix(shapeName, value, path) + "Member must have value greater than or equal to "
                            + shape.get("min").asLong());
                }
            }
            case "boolean" -> requireType(value.isBoolean(), "true or false", path, operation);
            case "timestamp", "double", "float" -> requireType(value.isNumber(), "a number", path, operation);
            case "blob" -> requireType(value.isTextual(), "a base64 string", path, operation);
            default -> throw new IllegalStateException("shape type " + type);
        }
    }

    private void checkLength(String shapeName, JsonNode value, int length, String path, List<String> violations) {
        JsonNode shape = shapes.get(shapeName);
        if (shape.has("max") && length > shape.get("max").asLong()) {
            violations.add(prefix(shapeName, value, path) + "Member must have length less than or equal to "
                    + shape.get("max").asLong());
        }
        if (shape.has("min") && length < shape.get("min").asLong()) {
            violations.add(prefix(shapeName, value, path) + "Member must have length greater than or equal to "
                    + shape.get("min").asLong());
        }
    }

    private String prefix(String shapeName, JsonNode value, String path) {
        if (shapes.get(shapeName).path("sensitive").asBoolean(false)) {
            return "Value at '" + path + "' failed to satisfy constraint: ";
        }
        return "Value '" + render(shapeName, value) + "' at '" + path + "' failed to satisfy constraint: ";
    }

    /** Render a value as AWS's Java front end prints it: {@code [Shape(member=value, ...), ...]}. */
    private String render(String shapeName, JsonNode value) {
        JsonNode shape = shapes.get(shapeName);
        switch (shape.path("type").asText()) {
            case "list" -> {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(render(shape.path("member").asText(), item)));
                return "[" + String.join(", ", items) + "]";
            }
            case "structure" -> {
                List<String> members = new ArrayList<>();
                shape.path("members").fields().forEachRemaining(member -> {
                    JsonNode memberValue = value.get(member.getKey());
                    if (memberValue != null && !memberValue.isNull()) {
                        members.add(member.getKey() + "=" + render(member.getValue().asText(), memberValue));
                    }
                });
                return shapeName + "(" + String.join(", ", members) + ")";
            }
            default -> {
                return value.isValueNode() ? value.asText() : value.toString();
            }
        }
    }

    private static void requireType(boolean ok, String expected, String path, String operation) {
        if (!ok) {
            throw new ApiException("SerializationException",
                    "Orrery: '" + path + "' of a " + operation + " request must be " + expected);
        }
    }

    private static boolean contains(JsonNode values, String text) {
        for (JsonNode value : values) {
            if (value.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static String list(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        return "[" + String.join(", ", texts) + "]";
    }

    private static String names(JsonNode members) {
        List<String> names = new ArrayList<>();
        members.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String join(@Nullable String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }
}
