package dev.orrery.internal.template;

import dev.orrery.parse.SourcePosition;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A definition written as a YAML literal block in a template ({@code DefinitionString: !Sub |}): maps a position in
 * the definition's text to the line and column in the template. A line whose text a substitution changed keeps its
 * line, and its column is where the line's text starts.
 */
final class LiteralBlock {

    private static final Pattern BLOCK_START = Pattern.compile(":\\s*(!Sub\\s+)?\\|[-+]?\\s*(#.*)?$");

    private final String source;
    private final int keyLine;
    private final int indent;
    private final String[] raw;
    private final String[] resolved;

    private LiteralBlock(String source, int keyLine, int indent, String[] raw, String[] resolved) {
        this.source = source;
        this.keyLine = keyLine;
        this.indent = indent;
        this.raw = raw;
        this.resolved = resolved;
    }

    /**
     * Return the block that starts after the key on {@code keyLine} and holds {@code raw} as written, or {@code null}
     * when the text is not such a block (a quoted string, a folded block, JSON).
     */
    static @Nullable LiteralBlock find(String source, String template, int keyLine, String raw, String resolved) {
        String[] lines = template.split("\n", -1);
        String[] rawLines = raw.split("\n", -1);
        String[] resolvedLines = resolved.split("\n", -1);
        if (keyLine < 1 || keyLine > lines.length || rawLines.length != resolvedLines.length
                || !BLOCK_START.matcher(lines[keyLine - 1].stripTrailing()).find()) {
            return null;
        }
        int indent = -1;
        for (int i = 0; i < rawLines.length; i++) {
            if (rawLines[i].isBlank()) {
                continue;
            }
            if (keyLine + i >= lines.length) {
                return null;
            }
            String line = lines[keyLine + i].replace("\r", "");
            int lineIndent = line.length() - rawLines[i].length();
            if (lineIndent < 0 || !line.endsWith(rawLines[i]) || !line.substring(0, lineIndent).isBlank()
                    || indent >= 0 && lineIndent != indent) {
                return null;
            }
            indent = lineIndent;
        }
        return indent < 0 ? null : new LiteralBlock(source, keyLine, indent, rawLines, resolvedLines);
    }

    /** Return the template position of a position in the definition's text. */
    SourcePosition map(SourcePosition inner) {
        int line = Math.min(Math.max(inner.line(), 1), raw.length);
        String written = raw[line - 1];
        int column = written.equals(resolved[line - 1]) ? inner.column()
                : written.length() - written.stripLeading().length() + 1;
        return new SourcePosition(source, keyLine + line, indent + column);
    }
}
