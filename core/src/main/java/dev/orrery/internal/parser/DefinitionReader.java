package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import dev.orrery.parse.SourcePosition;

/** Reads definition text into a {@link ParseResult}: positions, validation, then the model when there is no error. */
public final class DefinitionReader {

    private DefinitionReader() {}

    /** AWS's quota on a definition's length, in characters (the API's {@code Definition} shape, a hard quota). */
    public static final int MAX_LENGTH = 1_048_576;

    /**
     * Read a file's bytes: UTF-8, a leading byte order mark dropped (see {@link JsonText#decode}); bytes that are not
     * UTF-8 are reported where they are. A source named {@code *.yaml} or {@code *.yml} is read as YAML.
     */
    public static ParseResult read(byte[] bytes, String source) {
        try {
            return read(JsonText.decode(bytes), source);
        } catch (JsonText.MalformedTextException e) {
            Diagnostics diagnostics = new Diagnostics(source);
            diagnostics.errorAt(Diagnostics.INVALID_JSON, "", "the definition is " + e.getMessage(),
                    new SourcePosition(source, e.line(), e.column()));
            return new ParseResult(null, diagnostics.sorted());
        }
    }

    /**
     * Read the text; every problem becomes a diagnostic, nothing is thrown for a bad definition. A source named
     * {@code *.yaml} or {@code *.yml} is read as YAML, any other as JSON. A text longer than {@link #MAX_LENGTH} is
     * refused before it is parsed, with the message of AWS's request validation (the value left out, as AWS leaves
     * out sensitive members such as a definition).
     */
    public static ParseResult read(String text, String source) {
        Diagnostics diagnostics = new Diagnostics(source);
        if (text.length() > MAX_LENGTH) {
            diagnostics.error(Diagnostics.SCHEMA, "", "1 validation error detected: Value at 'definition' failed to "
                    + "satisfy constraint: Member must have length less than or equal to " + MAX_LENGTH
                    + " (this definition has " + text.length() + " characters)");
            return new ParseResult(null, diagnostics.sorted());
        }
        JsonDocument document = isYaml(source) ? PositionedYamlReader.read(text, source, diagnostics)
                : PositionedJsonReader.read(text, source, diagnostics);
        if (document == null) {
            return new ParseResult(null, diagnostics.sorted());
        }
        return read(document, diagnostics);
    }

    /** Read a document already parsed with positions (a definition inside a template, say). */
    public static ParseResult read(JsonDocument document) {
        return read(document, List.of());
    }

    /** Read a document already parsed with positions, keeping the problems found while reading it (duplicates). */
    public static ParseResult read(JsonDocument document, List<Diagnostic> earlier) {
        Diagnostics diagnostics = new Diagnostics(document.source());
        earlier.forEach(diagnostics::add);
        return read(document, diagnostics);
    }

    /**
     * Read text (JSON, or YAML when {@code yaml}) into a document with positions, or return the diagnostics that say
     * why it cannot be read. A document with duplicate keys is read (the first of each is kept) and the duplicates are
     * among the diagnostics.
     */
    public static Loaded load(String text, String source, boolean yaml) {
        Diagnostics diagnostics = new Diagnostics(source);
        JsonDocument document = yaml ? PositionedYamlReader.read(text, source, diagnostics)
                : PositionedJsonReader.read(text, source, diagnostics);
        return new Loaded(document, diagnostics.sorted());
    }

    /**
     * A document read with positions.
     *
     * @param document the document, or {@code null} when the text could not be read
     * @param diagnostics why it could not be read, or the problems found while reading it
     */
    public record Loaded(@Nullable JsonDocument document, List<Diagnostic> diagnostics) {}

    /** Return whether a file name says YAML. */
    public static boolean isYaml(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static ParseResult read(JsonDocument document, Diagnostics diagnostics) {
        diagnostics.attach(document);
        List<Placeholders.Occurrence> placeholders = Placeholders.find(document.root());
        JsonNode checked = placeholders.isEmpty() ? document.root() : Placeholders.neutralised(document.root());
        int from = diagnostics.count();
        new AslValidator(diagnostics).validate(checked);
        if (!placeholders.isEmpty()) {
            Set<String> pointers = placeholders.stream().map(Placeholders.Occurrence::pointer)
                    .collect(Collectors.toSet());
            diagnostics.dropSince(from, pointers);
            placeholders.forEach(placeholder -> diagnostics.warning(Diagnostics.UNRESOLVED, placeholder.pointer(),
                    unresolved(placeholder.name())));
        }
        if (diagnostics.hasErrors()) {
            return new ParseResult(null, diagnostics.sorted());
        }
        try {
            StateMachine machine = new ModelReader().read(checked);
            if (!placeholders.isEmpty()) {
                machine = machine.withUnresolvedPlaceholders(Placeholders.byState(placeholders, machine.startAt()));
            }
            return new ParseResult(machine, diagnostics.sorted());
        } catch (RuntimeException e) {
            diagnostics.error(Diagnostics.SCHEMA, "", "Orrery found no error in this definition but could not build"
                    + " its model (" + e + "); please report this as a bug");
            return new ParseResult(null, diagnostics.sorted());
        }
    }

    private static String unresolved(String name) {
        return "${" + name + "} is a placeholder that was not substituted. AWS substitutes it when the state machine"
                + " is deployed (DefinitionSubstitutions, or the deployment tool), so Orrery validates the definition"
                + " as if it were substituted; a run fails on reaching it until you substitute it (substitute(\""
                + name + "\", value), --substitution " + name + "=value, or substitutions = \"" + name
                + "=value\")";
    }
}
