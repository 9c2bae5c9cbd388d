package dev.orrery.internal.parser;

import dev.orrery.parse.ParseResult;

/** Reads definition text into a {@link ParseResult}: positions, validation, then the model when there is no error. */
public final class DefinitionReader {

    private DefinitionReader() {}

    /** Read the text; every problem becomes a diagnostic, nothing is thrown for a bad definition. */
    public static ParseResult read(String text, String source) {
        Diagnostics diagnostics = new Diagnostics(source);
        JsonDocument document = PositionedJsonReader.read(text, source, diagnostics);
        if (document == null) {
            return new ParseResult(null, diagnostics.sorted());
        }
        diagnostics.attach(document);
        new AslValidator(diagnostics).validate(document.root());
        if (diagnostics.hasErrors()) {
            return new ParseResult(null, diagnostics.sorted());
        }
        try {
            return new ParseResult(new ModelReader().read(document.root()), diagnostics.sorted());
        } catch (RuntimeException e) {
            diagnostics.error(Diagnostics.SCHEMA, "", "Orrery found no error in this definition but could not build"
                    + " its model (" + e + "); please report this as a bug");
            return new ParseResult(null, diagnostics.sorted());
        }
    }
}
