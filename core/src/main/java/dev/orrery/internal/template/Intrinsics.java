package dev.orrery.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Resolves CloudFormation's intrinsic functions in a template value: {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}
 * (with or without a variable map), {@code Fn::Join}, {@code Fn::If} (with the template's Conditions), {@code Fn::Select},
 * {@code Fn::Split}, {@code Fn::FindInMap}, {@code Fn::Base64}, {@code Fn::GetAZs}, {@code Fn::ImportValue},
 * {@code Fn::ToJsonString} and the condition functions. A reference Orrery cannot know (a parameter without a default,
 * an unknown name) stays a {@code ${name}} placeholder, so that validation reports it and a substitution can fill it.
 */
final class Intrinsics {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SUB = Pattern.compile("\\$\\{([^}]*)}");

    private final TemplateFile template;
    private final DeployTimeValues values;
    private final Map<String, String> overrides;

    Intrinsics(TemplateFile template, DeployTimeValues values, Map<String, String> overrides) {
        this.template = template;
        this.values = values;
        this.overrides = overrides;
    }

    /** Return the value with every intrinsic function resolved; the input is not changed. */
    JsonNode resolve(JsonNode node) {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition")) {
                return function(key, node.get(key));
            }
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(entry -> copy.set(entry.getKey(), resolve(entry.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(resolve(element)));
            return copy;
        }
        return node;
    }

    private JsonNode function(String name, JsonNode argument) {
        return switch (name) {
            case "Ref" -> NODES.textNode(ref(text(argument)));
            case "Fn::GetAtt" -> NODES.textNode(getAtt(argument));
            case "Fn::Sub" -> NODES.textNode(sub(argument));
            case "Fn::Join" -> NODES.textNode(join(argument));
            case "Fn::If" -> resolve(condition(text(element(argument, 0, name))) ? element(argument, 1, name)
                    : element(argument, 2, name));
            case "Fn::Select" -> select(argument);
            case "Fn::Split" -> split(argument);
            case "Fn::FindInMap" -> findInMap(argument);
            case "Fn::Base64" -> NODES.textNode(Base64.getEncoder().encodeToString(
                    text(resolve(argument)).getBytes(StandardCharsets.UTF_8)));
            case "Fn::GetAZs" -> NODES.arrayNode().add(values.pseudo("AWS::Region") + "a")
                    .add(values.pseudo("AWS::Region") + "b").add(values.pseudo("AWS::Region") + "c");
            case "Fn::ImportValue" -> NODES.textNode(overrides.getOrDefault(text(resolve(argument)),
                    text(resolve(argument))));
            case "Fn::ToJsonString" -> NODES.textNode(resolve(argument).toString());
            case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition" ->
                    NODES.booleanNode(evaluate(NODES.objectNode().set(name, argument)));
            default -> throw new TemplateException("the intrinsic function " + name + " is not supported by Orrery;"
                    + " write the definition's value without it or substitute it");
        };
    }

    private String ref(String name) {
        String pseudo = values.pseudo(name);
        if (pseudo != null) {
            return pseudo;
        }
        String type = template.resourceType(name);
        if (type != null) {
            return values.ref(name, type);
        }
        String parameter = template.parameterValue(name, overrides);
        return parameter != null ? parameter : "${" + name + "}";
    }

    private String getAtt(JsonNode argument) {
        JsonNode resolved = resolve(argument);
        String logicalId;
        String attribute;
        if (resolved.isArray() && resolved.size() == 2) {
            logicalId = text(resolved.get(0));
            attribute = text(resolved.get(1));
        } else {
            String dotted = text(resolved);
            int dot = dotted.indexOf('.');
            if (dot < 0) {
                throw new TemplateException("Fn::GetAtt needs a logical id and an attribute but was " + argument);
            }
            logicalId = dotted.substring(0, dot);
            attribute = dotted.substring(dot + 1);
        }
        String type = template.resourceType(logicalId);
        if (type == null) {
            return overrides.getOrDefault(logicalId + "." + attribute, "${" + logicalId + "." + attribute + "}");
        }
        return values.attribute(logicalId, type, attribute);
    }

    private String sub(JsonNode argument) {
        String text;
        JsonNode variables = NODES.objectNode();
        if (argument.isArray()) {
            text = text(element(argument, 0, "Fn::Sub"));
            variables = element(argument, 1, "Fn::Sub");
        } else {
            text = text(argument);
        }
        JsonNode map = variables;
        Matcher matcher = SUB.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(variable(matcher.group(1), map)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String variable(String name, JsonNode map) {
        if (name.startsWith("!")) {
            return "${" + name.substring(1) + "}";
        }
        if (map.has(name)) {
            return text(resolve(map.get(name)));
        }
        int dot = name.indexOf('.');
        if (dot > 0 && template.resourceType(name.substring(0, dot)) != null) {
            return getAtt(NODES.textNode(name));
        }
        return ref(name);
    }

    private String join(JsonNode argument) {
        String delimiter = text(element(argument, 0, "Fn::Join"));
        JsonNode parts = resolve(element(argument, 1, "Fn::Join"));
        if (!parts.isArray()) {
            throw new TemplateException("Fn::Join needs a list of values but was " + parts);
        }
        return StreamSupport.stream(parts.spliterator(), false).map(Intrinsics::text)
                .collect(Collectors.joining(delimiter));
    }

    private JsonNode select(JsonNode argument) {
        int index = Integer.parseInt(text(resolve(element(argument, 0, "Fn::Select"))));
        JsonNode list = resolve(element(argument, 1, "Fn::Select"));
        if (!list.isArray() || index < 0 || index >= list.size()) {
            throw new TemplateException("Fn::Select index " + index + " is outside the list " + list);
        }
        return list.get(index);
    }

    private JsonNode split(JsonNode argument) {
        String delimiter = text(element(argument, 0, "Fn::Split"));
        ArrayNode parts = NODES.arrayNode();
        for (String part : text(resolve(element(argument, 1, "Fn::Split"))).split(Pattern.quote(delimiter), -1)) {
            parts.add(part);
        }
        return parts;
    }

    private JsonNode findInMap(JsonNode argument) {
        JsonNode value = template.mappings().path(text(resolve(element(argument, 0, "Fn::FindInMap"))))
                .path(text(resolve(element(argument, 1, "Fn::FindInMap"))))
                .path(text(resolve(element(argument, 2, "Fn::FindInMap"))));
        if (value.isMissingNode()) {
            throw new TemplateException("Fn::FindInMap " + argument + " names no entry of the template's Mappings");
        }
        return resolve(value);
    }

    /** Return whether a named condition of the template holds. */
    private boolean condition(String name) {
        String override = overrides.get(name);
        if (override != null) {
            return Boolean.parseBoolean(override);
        }
        JsonNode expression = template.conditions().get(name);
        if (expression == null) {
            throw new TemplateException("Fn::If names the condition \"" + name + "\", which the template's"
                    + " Conditions do not define");
        }
        return evaluate(expression);
    }

    private boolean evaluate(JsonNode expression) {
        if (expression.isBoolean()) {
            return expression.booleanValue();
        }
        String key = expression.isObject() && expression.size() == 1 ? expression.fieldNames().next() : "";
        JsonNode argument = expression.path(key);
        return switch (key) {
            case "Fn::Equals" -> text(resolve(element(argument, 0, key))).equals(text(resolve(element(argument, 1,
                    key))));
            case "Fn::Not" -> !evaluate(element(argument, 0, key));
            case "Fn::And" -> StreamSupport.stream(argument.spliterator(), false).allMatch(this::evaluate);
            case "Fn::Or" -> StreamSupport.stream(argument.spliterator(), false).anyMatch(this::evaluate);
            case "Condition" -> condition(text(argument));
            default -> Boolean.parseBoolean(text(resolve(expression)));
        };
    }

    private static JsonNode element(JsonNode list, int index, String function) {
        if (!list.isArray() || list.size() <= index) {
            throw new TemplateException(function + " needs at least " + (index + 1) + " arguments in a list but was "
                    + list);
        }
        return list.get(index);
    }

    private static String text(JsonNode node) {
        if (node.isValueNode()) {
            return node.asText();
        }
        throw new TemplateException("expected a string but found " + node);
    }
}
