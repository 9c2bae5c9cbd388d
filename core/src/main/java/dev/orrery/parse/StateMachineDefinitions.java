package dev.orrery.parse;

import dev.orrery.internal.parser.JsonText;
import dev.orrery.internal.template.TemplateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Load definitions the way projects keep them: an ASL file in JSON or YAML, a Terraform template, or a state machine of
 * a SAM, CloudFormation or CDK template, with its substitutions.
 *
 * <pre>{@code
 * StateMachine machine = StateMachineDefinitions.fromTemplate(Path.of("template.yaml"))
 *         .stateMachine("OrderFlow")
 *         .substitute("TableName", "Orders")
 *         .stateMachine();
 * }</pre>
 *
 * <p>Every result is the same {@link ParseResult} {@link AslParser} gives, with diagnostics located in the file the
 * user wrote.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineDefinitions {

    private StateMachineDefinitions() {}

    /**
     * Load a definition file: ASL JSON ({@code .asl.json}), ASL YAML ({@code .asl.yaml}, {@code .asl.yml}) or a
     * Terraform template ({@code .tftpl}, {@code .json.tpl}) whose {@code ${name}} placeholders are substituted with
     * {@link StateMachineDefinition#substitute(String, String)}.
     *
     * @param file the definition file, never {@code null}
     * @return the definition, to substitute and parse
     */
    public static StateMachineDefinition fromFile(Path file) {
        return StateMachineDefinition.ofFile(file);
    }

    /**
     * Load a definition from its text: ASL JSON, or ASL YAML or a Terraform template when the source name says so
     * ({@code .yaml}, {@code .yml}, {@code .tftpl}, {@code .tpl}).
     *
     * @param text the definition's text, never {@code null}
     * @param sourceName the name diagnostics give the text, e.g. its file name, never {@code null}
     * @return the definition, to substitute and parse
     */
    public static StateMachineDefinition fromText(String text, String sourceName) {
        return StateMachineDefinition.ofText(text, sourceName);
    }

    /**
     * Load a SAM, CloudFormation (JSON or YAML, with short-form tags) or CDK-synthesized template; a folder (such as
     * {@code cdk.out}) stands for the only {@code *.template.json} it holds.
     *
     * @param template the template file or a {@code cdk.out} folder, never {@code null}
     * @return the template, to pick a state machine from
     * @throws IllegalArgumentException when the file is not a template or not UTF-8, or the folder holds no single
     *     template
     * @throws UncheckedIOException when the file cannot be read
     */
    public static StateMachineTemplate fromTemplate(Path template) {
        Path file = Files.isDirectory(template) ? onlyTemplate(template) : template;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
        String text;
        try {
            text = JsonText.decode(bytes);
        } catch (JsonText.MalformedTextException e) {
            throw new IllegalArgumentException(file + ":" + e.line() + ":" + e.column() + " is " + e.getMessage(), e);
        }
        return fromTemplate(text, file.toString(), file.toAbsolutePath().getParent());
    }

    /**
     * Load a template from its text; {@code DefinitionUri} files are looked up in {@code directory}.
     *
     * @param text the template's text, never {@code null}
     * @param sourceName the name diagnostics give the template, e.g. its file name; {@code .yaml} or {@code .yml} means
     *     YAML, never {@code null}
     * @param directory the folder {@code DefinitionUri} paths are relative to, or {@code null} when there is none
     * @return the template, to pick a state machine from
     * @throws IllegalArgumentException when the text is not a template
     */
    public static StateMachineTemplate fromTemplate(String text, String sourceName,
            @org.jspecify.annotations.Nullable Path directory) {
        try {
            return new StateMachineTemplate(TemplateFile.read(text, sourceName, directory));
        } catch (RuntimeException e) {
            throw StateMachineDefinition.asArgument(e);
        }
    }

    private static Path onlyTemplate(Path folder) {
        List<Path> templates;
        try (Stream<Path> files = Files.list(folder)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".template.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (templates.size() != 1) {
            throw new IllegalArgumentException(folder + " holds " + templates.size() + " *.template.json files "
                    + templates.stream().map(p -> p.getFileName().toString()).toList()
                    + "; name the stack's template file instead");
        }
        return templates.get(0);
    }
}
