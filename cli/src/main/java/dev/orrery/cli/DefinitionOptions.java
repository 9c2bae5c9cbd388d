package dev.orrery.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.orrery.internal.json.JsonTrees;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.StateMachineDefinition;
import dev.orrery.parse.StateMachineDefinitions;
import dev.orrery.parse.StateMachineTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The definition options of {@code run} and {@code validate}: {@code --definition FILE} (ASL JSON or YAML, or a
 * Terraform template), or {@code --template FILE [--state-machine LOGICAL_ID]} (SAM, CloudFormation, CDK output), each
 * with {@code --substitution KEY=VALUE}s.
 */
final class DefinitionOptions {

    private DefinitionOptions() {}

    /**
     * A definition to parse, with the name results give it.
     *
     * @param label the file, or the template and logical id ({@code template.yaml#OrderFlow})
     * @param definition the definition with its substitutions
     * @param stem the name a mock configuration's state machine would have
     */
    record Named(String label, StateMachineDefinition definition, String stem) {

        /** Parse it; a template problem (an S3 location, say) or an unreadable file is a usage error. */
        ParseResult parse() throws UsageException {
            try {
                return definition.parse();
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new UsageException(label + ": " + message(e));
            }
        }
    }

    /** Return the {@code --substitution KEY=VALUE} values. */
    static Map<String, String> substitutions(Arguments arguments) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : arguments.all("substitution")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("--substitution must be KEY=VALUE but was '" + pair + "'");
            }
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }

    /** Return the definitions of a file: itself, or each state machine of a template (only the named one). */
    static List<Named> of(Path file, @Nullable String logicalId, Map<String, String> substitutions,
            boolean template) throws UsageException {
        return of("definition", file, logicalId, substitutions, template);
    }

    private static List<Named> of(String option, Path file, @Nullable String logicalId,
            Map<String, String> substitutions, boolean template) throws UsageException {
        if (!Files.isReadable(file) || Files.isDirectory(file) && !template) {
            throw new UsageException("cannot read " + option + " file " + file + ": " + (!Files.exists(file)
                    ? "no such file" : Files.isDirectory(file) ? "a folder" : "not readable"));
        }
        if (!template && !looksLikeTemplate(file)) {
            return List.of(new Named(file.toString(), StateMachineDefinitions.fromFile(file)
                    .substitute(substitutions), stem(file)));
        }
        StateMachineTemplate loaded;
        try {
            loaded = StateMachineDefinitions.fromTemplate(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UsageException(message(e));
        }
        List<String> ids = logicalId != null ? List.of(logicalId) : loaded.stateMachineIds();
        List<Named> named = new ArrayList<>();
        try {
            for (String id : ids) {
                named.add(new Named(file + "#" + id, loaded.stateMachine(id).substitute(substitutions), id));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(message(e));
        }
        return named;
    }

    /** Return the one definition {@code run} runs: from {@code --definition} or {@code --template}. */
    static Named single(Arguments arguments) throws UsageException {
        String definition = arguments.option("definition");
        String template = arguments.option("template");
        if ((definition == null) == (template == null)) {
            throw new UsageException("'" + arguments.command() + "' needs --definition FILE or --template FILE (one of"
                    + " them)");
        }
        Map<String, String> substitutions = substitutions(arguments);
        if (definition != null) {
            List<Named> named = of("--definition", Path.of(definition), null, substitutions, false);
            if (named.size() != 1) {
                throw new UsageException(definition + " is a template with " + named.size() + " state machines "
                        + named.stream().map(Named::stem).toList() + "; use --template " + definition
                        + " --state-machine LOGICAL_ID");
            }
            return named.get(0);
        }
        String logicalId = arguments.option("state-machine");
        if (logicalId == null) {
            try {
                StateMachineTemplate loaded = StateMachineDefinitions.fromTemplate(Path.of(template));
                return new Named(template, loaded.stateMachine().substitute(substitutions),
                        loaded.stateMachineIds().get(0));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new UsageException(message(e) + (e instanceof IllegalArgumentException
                        ? " (--state-machine LOGICAL_ID)" : ""));
            }
        }
        return of("--template", Path.of(template), logicalId, substitutions, true).get(0);
    }

    /** Return whether a file is a template: a JSON or YAML mapping with Resources and no States. */
    private static boolean looksLikeTemplate(Path file) {
        try {
            JsonNode root = isYaml(file.toString()) ? Yaml.MAPPER.readTree(file.toFile()) : jsonTree(file);
            return root != null && root.has("Resources") && !root.has("States");
        } catch (IOException e) {
            return isYaml(file.toString()) && mentionsResources(file);
        }
    }

    /** Read the first JSON value of a file as a mapper's {@code readTree(File)} does, without building a mapper. */
    private static @Nullable JsonNode jsonTree(Path file) throws IOException {
        try (JsonParser parser = JsonTrees.FACTORY.createParser(file.toFile())) {
            return JsonTrees.read(parser, JsonNodeFactory.instance);
        }
    }

    /** Return whether YAML that does not parse as plain YAML (CloudFormation's nested tags) has top-level Resources. */
    private static boolean mentionsResources(Path file) {
        try {
            return Pattern.compile("(?m)^Resources:").matcher(Files.readString(file)).find();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)(\\.asl)?\\.(json|ya?ml)(\\.tftpl|\\.tpl)?$", "");
    }

    private static String message(RuntimeException e) {
        return e instanceof UncheckedIOException io ? io.getMessage() + ": " + JsonFiles.describe(io.getCause())
                : String.valueOf(e.getMessage());
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** The YAML reader, created on the first YAML file: a run of a JSON definition does not load it. */
    private static final class Yaml {

        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

        private Yaml() {}
    }
}
