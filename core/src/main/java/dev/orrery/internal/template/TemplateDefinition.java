package dev.orrery.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.internal.parser.DefinitionReader;
import dev.orrery.internal.parser.JsonDocument;
import dev.orrery.internal.parser.JsonText;
import dev.orrery.internal.parser.Pointers;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The definition of one state machine of a template: {@code Definition} (an object, inline), {@code DefinitionString}
 * (a string, {@code Fn::Sub} or CDK's {@code Fn::Join}) or SAM's {@code DefinitionUri} (a local file relative to the
 * template), with {@code DefinitionSubstitutions} and the user's substitutions applied. Diagnostics stay located in the
 * file the user wrote: the template (or the {@code DefinitionUri} file), plus the pointer into the definition.
 */
public final class TemplateDefinition {

    private TemplateDefinition() {}

    /**
     * Read, substitute and parse the state machine's definition.
     *
     * @throws TemplateException when the definition cannot be read from the template, saying why and what to do
     */
    public static ParseResult parse(TemplateFile template, String logicalId, Map<String, String> substitutions) {
        String base = Pointers.child("/Resources", logicalId) + "/Properties";
        JsonNode properties = template.resources().path(logicalId).path("Properties");
        Intrinsics intrinsics = new Intrinsics(template, new DeployTimeValues(substitutions), substitutions);
        if (properties.has("DefinitionS3Location")) {
            throw new TemplateException(at(template, base + "/DefinitionS3Location") + ": the state machine "
                    + logicalId + " reads its definition from S3 (DefinitionS3Location), which Orrery cannot reach;"
                    + " point Orrery at the local file instead (StateMachineDefinitions.fromFile(path), or"
                    + " --definition FILE)");
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        properties.path("DefinitionSubstitutions").properties().forEach(entry ->
                values.put(entry.getKey(), intrinsics.resolve(entry.getValue())));
        substitutions.forEach((key, value) -> values.put(key, TextNode.valueOf(value)));
        if (properties.has("DefinitionUri")) {
            return DefinitionFile.parse(definitionUri(template, properties.get("DefinitionUri"), base, logicalId),
                    values);
        }
        JsonDocument document;
        List<Diagnostic> earlier;
        if (properties.has("Definition")) {
            document = inline(template, base + "/Definition", intrinsics.resolve(properties.get("Definition")));
            earlier = within(template.problems(), base + "/Definition");
        } else if (properties.has("DefinitionString")) {
            JsonNode raw = properties.get("DefinitionString");
            String text = intrinsics.resolve(raw).asText();
            SourcePosition key = template.document().position(base + "/DefinitionString");
            LiteralBlock block = rawText(raw) == null ? null : LiteralBlock.find(template.source(), template.text(),
                    key.line(), rawText(raw), text);
            DefinitionReader.Loaded loaded = embedded(template, key, block, text, values);
            if (loaded.document() == null) {
                return new ParseResult(null, loaded.diagnostics());
            }
            document = loaded.document();
            earlier = loaded.diagnostics();
        } else {
            throw new TemplateException(at(template, base) + ": the state machine " + logicalId + " has no"
                    + " Definition, DefinitionString or DefinitionUri");
        }
        return DefinitionReader.read(Substitution.apply(document, values), earlier);
    }

    /** Return the problems of the template found inside the definition, with pointers into the definition. */
    private static List<Diagnostic> within(List<Diagnostic> problems, String prefix) {
        return problems.stream().filter(d -> d.location().startsWith(prefix + "/"))
                .map(d -> new Diagnostic(d.severity(), d.code(), d.message(), d.location().substring(prefix.length()),
                        d.position())).toList();
    }

    private static Path definitionUri(TemplateFile template, JsonNode uri, String base, String logicalId) {
        if (!uri.isTextual() || uri.asText().startsWith("s3://")) {
            throw new TemplateException(at(template, base + "/DefinitionUri") + ": the state machine " + logicalId
                    + " reads its definition from S3 (DefinitionUri " + uri + "), which Orrery cannot reach; point"
                    + " Orrery at the local file instead (StateMachineDefinitions.fromFile(path), or --definition"
                    + " FILE)");
        }
        Path directory = template.directory();
        if (directory == null) {
            throw new TemplateException(at(template, base + "/DefinitionUri") + ": DefinitionUri " + uri.asText()
                    + " is relative to the template's folder, but the template is not a file; load the template"
                    + " from a file");
        }
        return directory.resolve(uri.asText());
    }

    /** Return the definition object of a template with its positions, re-keyed from the template to the definition. */
    private static JsonDocument inline(TemplateFile template, String prefix, JsonNode definition) {
        Map<String, SourcePosition> positions = new HashMap<>();
        template.document().positions().forEach((pointer, position) -> {
            if (pointer.equals(prefix) || pointer.startsWith(prefix + "/")) {
                positions.put(pointer.substring(prefix.length()), position);
            }
        });
        return new JsonDocument(definition, template.source(), positions);
    }

    /** Return the text of a DefinitionString as written: a string, or the string of its Fn::Sub. */
    private static @Nullable String rawText(JsonNode raw) {
        JsonNode sub = raw.path("Fn::Sub");
        JsonNode text = raw.isTextual() ? raw : sub.isArray() ? sub.path(0) : sub;
        return text.isTextual() ? text.asText() : null;
    }

    /**
     * Read a definition written as a string inside the template. Positions are mapped into the template when the
     * string is a YAML literal block, else they are the string's own position.
     */
    private static DefinitionReader.Loaded embedded(TemplateFile template, SourcePosition position,
            @Nullable LiteralBlock block, String text, Map<String, JsonNode> values) {
        DefinitionReader.Loaded loaded = Substitution.load(text, template.source(), false, values);
        if (loaded.document() == null || loaded.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            List<Diagnostic> moved = loaded.diagnostics().stream().map(d -> block != null && d.position() != null
                    ? new Diagnostic(d.severity(), d.code(), d.message(), d.location(), block.map(d.position()))
                    : new Diagnostic(d.severity(), d.code(), "in DefinitionString" + (d.position() == null ? ""
                            : " (line " + d.position().line() + ", column " + d.position().column() + " of its text)")
                            + ": " + d.message(), d.location(), position))
                    .toList();
            return new DefinitionReader.Loaded(null, moved);
        }
        Map<String, SourcePosition> positions = new HashMap<>();
        loaded.document().positions().forEach((key, inner) ->
                positions.put(key, block == null ? position : block.map(inner)));
        return new DefinitionReader.Loaded(new JsonDocument(loaded.document().root(), template.source(), positions),
                loaded.diagnostics());
    }

    private static String at(TemplateFile template, String pointer) {
        return template.document().position(pointer).toString();
    }

    /**
     * Read a file's text as UTF-8, a leading byte order mark dropped.
     *
     * @throws IllegalArgumentException naming the file, line and column when the bytes are not UTF-8
     */
    static String readText(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            return JsonText.decode(bytes);
        } catch (JsonText.MalformedTextException e) {
            throw new IllegalArgumentException(file + ":" + e.line() + ":" + e.column() + " is " + e.getMessage(), e);
        }
    }
}
