package dev.orrery.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.parser.DefinitionReader;
import dev.orrery.internal.parser.JsonDocument;
import dev.orrery.parse.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A SAM or CloudFormation template (JSON or YAML, CDK's synthesized output included) read with the position of every
 * value.
 *
 * @param document the template with positions, never {@code null}
 * @param directory the folder {@code DefinitionUri} paths are relative to, or {@code null} when the template is not a
 *     file
 * @param problems what was found while reading the template that does not stop it being read (duplicate keys)
 * @param text the template's text
 */
public record TemplateFile(JsonDocument document, @Nullable Path directory, List<Diagnostic> problems, String text) {

    /** Copy the problems. */
    public TemplateFile {
        problems = List.copyOf(problems);
    }

    /** The resource types that are state machines. */
    static final Set<String> STATE_MACHINE_TYPES = Set.of("AWS::StepFunctions::StateMachine",
            "AWS::Serverless::StateMachine");

    /**
     * Read a template's text; YAML when the name ends in {@code .yaml} or {@code .yml}, or when the text does not
     * start with a brace.
     *
     * @throws TemplateException when the text is not a template, with its located diagnostics
     */
    public static TemplateFile read(String text, String source, @Nullable Path directory) {
        boolean yaml = DefinitionReader.isYaml(source) || !text.stripLeading().startsWith("{");
        DefinitionReader.Loaded loaded = DefinitionReader.load(text, source, yaml);
        if (loaded.document() == null && yaml) {
            String relaxed = ShortFormTags.separateNested(text);
            if (!relaxed.equals(text)) {
                DefinitionReader.Loaded retried = DefinitionReader.load(relaxed, source, true);
                loaded = retried.document() == null ? loaded : retried;
            }
        }
        JsonDocument document = loaded.document();
        if (document == null) {
            throw new TemplateException("cannot read the template " + source + ":\n" + loaded.diagnostics().stream()
                    .map(Diagnostic::toString).collect(Collectors.joining("\n")));
        }
        if (!document.root().path("Resources").isObject()) {
            throw new TemplateException(source + " is not a CloudFormation or SAM template: it has no Resources");
        }
        return new TemplateFile(document, directory, loaded.diagnostics(), text);
    }

    /** Return the logical ids of the template's state machines, in template order. */
    public List<String> stateMachineIds() {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, JsonNode> resource : resources().properties()) {
            if (STATE_MACHINE_TYPES.contains(resource.getValue().path("Type").asText())) {
                ids.add(resource.getKey());
            }
        }
        return ids;
    }

    /**
     * Return the logical id a name stands for: itself, or the state machine whose CDK construct path
     * ({@code aws:cdk:path} metadata) ends with the name, so that {@code OrderFlow} finds
     * {@code OrderFlowE1A2B3C4} under {@code Stack/OrderFlow/Resource}.
     */
    public @Nullable String logicalId(String name) {
        List<String> ids = stateMachineIds();
        if (ids.contains(name)) {
            return name;
        }
        List<String> byPath = ids.stream().filter(id -> {
            String path = resources().path(id).path("Metadata").path("aws:cdk:path").asText("");
            return path.endsWith("/" + name + "/Resource") || path.endsWith("/" + name);
        }).toList();
        return byPath.size() == 1 ? byPath.get(0) : null;
    }

    /** Return the source name of the template. */
    public String source() {
        return document.source();
    }

    JsonNode resources() {
        return document.root().path("Resources");
    }

    JsonNode mappings() {
        return document.root().path("Mappings");
    }

    JsonNode conditions() {
        return document.root().path("Conditions");
    }

    /** Return the type of a resource, or {@code null} when the template has no such resource. */
    @Nullable
    String resourceType(String logicalId) {
        JsonNode type = resources().path(logicalId).path("Type");
        return type.isTextual() ? type.asText() : null;
    }

    /** Return a parameter's value: the override, else its Default; {@code null} without either or for no parameter. */
    @Nullable
    String parameterValue(String name, Map<String, String> overrides) {
        JsonNode parameter = document.root().path("Parameters").path(name);
        if (parameter.isMissingNode()) {
            return null;
        }
        String override = overrides.get(name);
        if (override != null) {
            return override;
        }
        JsonNode value = parameter.get("Default");
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return value.asText();
    }
}
