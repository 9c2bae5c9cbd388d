package dev.orrery.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.parser.DefinitionReader;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A definition file: ASL JSON, ASL YAML ({@code .asl.yaml}, {@code .asl.yml}), or a Terraform template
 * ({@code .tftpl}, {@code .tpl}) whose {@code ${name}} placeholders {@code templatefile()} fills, with substitutions.
 */
public final class DefinitionFile {

    private DefinitionFile() {}

    /** Read, substitute and parse the file; diagnostics name it. */
    public static ParseResult parse(Path file, Map<String, JsonNode> values) {
        return parse(TemplateDefinition.readText(file), file.toString(), values);
    }

    /** Substitute and parse a definition's text; the source name says its format and names it in diagnostics. */
    public static ParseResult parse(String text, String source, Map<String, JsonNode> values) {
        boolean yaml = isYaml(source, text);
        DefinitionReader.Loaded loaded = Substitution.load(text, source, yaml, values);
        if (loaded.document() == null) {
            return new ParseResult(null, loaded.diagnostics());
        }
        JsonNode root = loaded.document().root();
        if (root.has("Resources") && !root.has("States")) {
            return new ParseResult(null, List.of(new Diagnostic(Severity.ERROR, "SCHEMA_VALIDATION_FAILED", source
                    + " is a CloudFormation or SAM template, not a state machine definition: load it with"
                    + " StateMachineDefinitions.fromTemplate(path) (on the command line, --template FILE)", "",
                    loaded.document().position(""))));
        }
        return DefinitionReader.read(Substitution.apply(loaded.document(), values), loaded.diagnostics());
    }

    /** Return whether a file holds YAML: by its name, looking through a Terraform template's extension. */
    static boolean isYaml(String source, String text) {
        String name = source.toLowerCase(Locale.ROOT);
        for (String template : new String[] {".tftpl", ".tpl", ".tmpl"}) {
            if (name.endsWith(template)) {
                name = name.substring(0, name.length() - template.length());
                if (!name.endsWith(".json") && !DefinitionReader.isYaml(name)) {
                    return !text.stripLeading().startsWith("{");
                }
            }
        }
        return DefinitionReader.isYaml(name);
    }
}
