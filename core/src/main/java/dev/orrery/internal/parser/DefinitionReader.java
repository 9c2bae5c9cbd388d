package dev.orrery.internal.parser;

import dev.orrery.parse.ParseResult;
import dev.orrery.parse.SourcePosition;

/** Reads definition text into a {@link ParseResult}: positions, validation, then the model when there is no error. */
public final class DefinitionReader {

    private DefinitionReader() {}

    /** AWS's quota on a definition's length, in characters (the API's {@code Definition} shape, a hard quota). */
    public static final int MAX_LENGTH = 1_048_576;

    /**
     * Read a file's bytes: UTF-8, a leading byte order mark dropped (see {@link JsonText#decode}); bytes that are not
     * UTF-8 are reported where they are.
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
     * Read the text; every problem becomes a diagnostic, nothing is thrown for a bad definition. A text longer than
     * {@link #MAX_LENGTH} is refused before it is parsed, with the message of AWS's request validation (the value
     * left out, as AWS leaves out sensitive members such as a definition).
     */
    public static ParseResult read(String text, String source) {
        Diagnostics diagnostics = new Diagnostics(source);
        if (text.length() > MAX_LENGTH) {
            diagnostics.error(Diagnostics.SCHEMA, "", "1 validation error detected: Value at 'definition' failed to "
                    + "satisfy constraint: Member must have length less than or equal to " + MAX_LENGTH
                    + " (this definition has " + text.length() + " characters)");
            return new ParseResult(null, diagnostics.sorted());
        }
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
