package dev.orrery.parse;

import org.apiguardian.api.API;

/**
 * A place in a definition's text.
 *
 * @param source the file name or other label of the text, never {@code null}
 * @param line the 1-based line
 * @param column the 1-based column
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SourcePosition(String source, int line, int column) {

    /** Return {@code source:line:column}. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
