package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A States.Format template split at its {@code {}} placeholders.
 *
 * @param pieces the text around the placeholders: one more piece than placeholders
 */
record FormatTemplate(List<String> pieces) {

    /** Return how many {@code {}} placeholders the template has. */
    int placeholders() {
        return pieces.size() - 1;
    }

    /**
     * Split the text of a string literal as written, where {@code \{}, {@code \}}, {@code \'} and {@code \\} are
     * escaped characters and {@code {}} a placeholder.
     *
     * @throws InvalidArgumentException on a brace that is neither escaped nor part of {@code {}}
     */
    static FormatTemplate ofLiteral(String raw) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                piece.append(raw.charAt(++i));
            } else if (c == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
                pieces.add(piece.toString());
                piece.setLength(0);
                i++;
            } else if (c == '{' || c == '}') {
                throw new InvalidArgumentException(Causes.invalid(StatesFormat.NAME,
                        "the character '" + c + "' at offset " + i + " of the template must be escaped as \\" + c));
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return new FormatTemplate(List.copyOf(pieces));
    }

    /** Split a template read at run time, where every {@code {}} is a placeholder and nothing is escaped. */
    static FormatTemplate ofValue(String text) {
        return new FormatTemplate(List.of(text.split("\\{}", -1)));
    }

    /**
     * Return the template with the arguments, rendered by {@link FormatRenderer}, in place of its placeholders.
     *
     * @param arguments the template argument itself, then one value per placeholder
     */
    String fill(List<JsonNode> arguments) {
        StringBuilder text = new StringBuilder(pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            FormatRenderer.append(text, arguments.get(i));
            text.append(pieces.get(i));
        }
        return text.toString();
    }
}
