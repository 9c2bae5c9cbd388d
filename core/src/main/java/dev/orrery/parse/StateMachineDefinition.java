package dev.orrery.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.internal.template.DefinitionFile;
import dev.orrery.internal.template.TemplateDefinition;
import dev.orrery.internal.template.TemplateException;
import dev.orrery.internal.template.TemplateFile;
import dev.orrery.model.StateMachine;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One state machine definition as a project keeps it, with the values to substitute for its {@code ${name}}
 * placeholders and deploy-time references. Immutable: {@link #substitute(String, String)} returns a new definition.
 *
 * <p>A substitution names a {@code DefinitionSubstitutions} key, a Terraform variable, a template parameter, a pseudo
 * parameter ({@code AWS::Region}), a resource's {@code Ref} (its logical id) or one of its attributes
 * ({@code OrderTable.Arn}); it overrides the template's value or Orrery's documented placeholder value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineDefinition {

    private final @Nullable Path file;
    private final @Nullable String text;
    private final String sourceName;
    private final @Nullable TemplateFile template;
    private final String logicalId;
    private final Map<String, String> substitutions;

    private StateMachineDefinition(@Nullable Path file, @Nullable String text, String sourceName,
            @Nullable TemplateFile template, String logicalId, Map<String, String> substitutions) {
        this.file = file;
        this.text = text;
        this.sourceName = sourceName;
        this.template = template;
        this.logicalId = logicalId;
        this.substitutions = Collections.unmodifiableMap(new LinkedHashMap<>(substitutions));
    }

    static StateMachineDefinition ofFile(Path file) {
        return new StateMachineDefinition(file, null, file.toString(), null, "", Map.of());
    }

    static StateMachineDefinition ofText(String text, String sourceName) {
        return new StateMachineDefinition(null, text, sourceName, null, "", Map.of());
    }

    static StateMachineDefinition ofTemplate(TemplateFile template, String logicalId) {
        return new StateMachineDefinition(null, null, template.source() + "#" + logicalId, template, logicalId,
                Map.of());
    }

    /**
     * Return this definition with one more substitution.
     *
     * @param name the placeholder or reference name, e.g. {@code TableName} or {@code OrderTable.Arn}, never
     *     {@code null}
     * @param value its value, never {@code null}
     * @return a new definition
     */
    public StateMachineDefinition substitute(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(substitutions);
        more.put(name, value);
        return new StateMachineDefinition(file, text, sourceName, template, logicalId, more);
    }

    /**
     * Return this definition with more substitutions.
     *
     * @param values names and values, never {@code null}
     * @return a new definition
     */
    public StateMachineDefinition substitute(Map<String, String> values) {
        Map<String, String> more = new LinkedHashMap<>(substitutions);
        more.putAll(values);
        return new StateMachineDefinition(file, text, sourceName, template, logicalId, more);
    }

    /**
     * Return the substitutions given so far.
     *
     * @return the names and values, in the order given
     */
    public Map<String, String> substitutions() {
        return substitutions;
    }

    /**
     * Read, substitute and parse the definition; every problem is a diagnostic located in the file the user wrote.
     *
     * @return the state machine when valid, and every diagnostic
     * @throws IllegalArgumentException when the template's definition cannot be reached (an S3 location, say)
     * @throws java.io.UncheckedIOException when a file cannot be read
     */
    public ParseResult parse() {
        try {
            if (template != null) {
                return TemplateDefinition.parse(template, logicalId, substitutions);
            }
            Map<String, JsonNode> values = new LinkedHashMap<>();
            substitutions.forEach((name, value) -> values.put(name, TextNode.valueOf(value)));
            return text != null ? DefinitionFile.parse(text, sourceName, values)
                    : DefinitionFile.parse(java.util.Objects.requireNonNull(file), values);
        } catch (TemplateException e) {
            throw asArgument(e);
        }
    }

    /**
     * Parse the definition and return its state machine.
     *
     * @return the state machine
     * @throws InvalidDefinitionException listing every error
     */
    public StateMachine stateMachine() {
        return parse().orThrow();
    }

    static RuntimeException asArgument(RuntimeException e) {
        return e instanceof TemplateException ? new IllegalArgumentException(e.getMessage()) : e;
    }

    /** Return the file or the template and logical id this definition comes from. */
    @Override
    public String toString() {
        return sourceName;
    }
}
