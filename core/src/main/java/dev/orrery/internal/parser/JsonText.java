package dev.orrery.internal.parser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a JSON file and the words for what is wrong with it, free of the JSON library's internals.
 *
 * <p>A file is decoded as UTF-8 strictly: a malformed byte is reported with its offset, line and column, never
 * replaced. A UTF-8 byte order mark at the start of a file is dropped: RFC 8259 (section 8.1) lets a parser ignore
 * it, and editors on Windows write one, while it is no part of the JSON text (a {@code String} given to the parser
 * directly is JSON text, so a U+FEFF there is reported instead).
 */
public final class JsonText {

    /** The deepest nesting Orrery reads: the default of Jackson, its JSON reader. */
    public static final int MAX_DEPTH = 1_000;

    private JsonText() {}

    /**
     * Decode a file's bytes as UTF-8, dropping a leading byte order mark.
     *
     * @throws MalformedTextException when a byte sequence is not UTF-8, with its offset, line and column
     */
    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw malformed(out, in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static MalformedTextException malformed(CharBuffer decoded, int offset) {
        String before = decoded.flip().toString();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new MalformedTextException(line, before.length() - lineStart + 1, "not valid UTF-8: the byte at "
                + "offset " + offset + " does not start or continue a UTF-8 character; save the file as UTF-8");
    }

    /**
     * Describe why Jackson refused a text, in Orrery's words: its limits are named as Orrery's, without the
     * library's class and method names.
     */
    public static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).contains("nesting")) {
            return "the JSON is nested more than " + MAX_DEPTH + " levels deep, which exceeds Orrery's nesting limit "
                    + "for JSON data";
        }
        String message = String.valueOf(e.getOriginalMessage())
                .replaceAll(",? ?\\(?from `[A-Za-z.]+\\(\\)`\\)?", "")
                .replaceAll("\\s*\\(through reference chain[^)]*\\)", "");
        return message.replace("Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "");
    }

    /** Raised when a file is not UTF-8; the message says where. */
    public static final class MalformedTextException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        MalformedTextException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /** Return the 1-based line of the malformed byte. */
        public int line() {
            return line;
        }

        /** Return the 1-based column (in characters) of the malformed byte. */
        public int column() {
            return column;
        }
    }
}
