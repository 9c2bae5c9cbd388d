package dev.orrery.internal.parser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.json.JsonTrees;
import dev.orrery.internal.json.StrictJson;
import dev.orrery.parse.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON text into a tree while recording the source position of every value and reporting duplicate keys, which
 * Jackson's tree model would silently drop.
 */
final class PositionedJsonReader {

    private final String source;
    private final Diagnostics diagnostics;
    private final Map<String, SourcePosition> positions = new HashMap<>();

    private PositionedJsonReader(String source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /** Read the text, or report why it is not one JSON value and return {@code null}. */
    static @Nullable JsonDocument read(String text, String source, Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.errorAt(Diagnostics.SCHEMA, "", "the definition is empty; expected a JSON object",
                    new SourcePosition(source, 1, 1));
            return null;
        }
        if (text.charAt(0) == '\uFEFF') {
            diagnostics.errorAt(Diagnostics.INVALID_JSON, "", "the definition is not valid JSON: it starts with a "
                    + "byte order mark (U+FEFF); remove it (files read by Orrery may start with one)",
                    new SourcePosition(source, 1, 1));
            return null;
        }
        try {
            return new PositionedJsonReader(source, diagnostics).document(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable JsonDocument document(String text) throws IOException {
        try (JsonParser parser = JsonTrees.FACTORY.createParser(text)) {
            try {
                JsonToken token = parser.nextToken();
                positions.put("", position(parser.currentTokenLocation()));
                walk(parser, token, "");
                if (parser.nextToken() != null) {
                    diagnostics.errorAt(Diagnostics.INVALID_JSON, "", "the definition is not valid JSON: unexpected "
                            + "content after the end of the top-level value", position(parser.currentTokenLocation()));
                }
            } catch (JsonProcessingException e) {
                JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                diagnostics.errorAt(Diagnostics.INVALID_JSON, "", "the definition is not valid JSON: "
                        + JsonText.describe(e), position(location));
                return null;
            }
        }
        try {
            return new JsonDocument(StrictJson.readKeepingNumbers(text), source, positions);
        } catch (JsonProcessingException e) {
            // a number no program can hold (an exponent beyond a BigDecimal's): reported where it stands
            diagnostics.errorAt(Diagnostics.INVALID_JSON, "", "the definition is not valid JSON: "
                    + JsonText.describe(e), e.getLocation() != null ? position(e.getLocation())
                            : new SourcePosition(source, 1, 1));
            return null;
        }
    }

    private void walk(JsonParser parser, JsonToken token, String pointer) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            object(parser, pointer);
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                String child = Pointers.child(pointer, index++);
                positions.put(child, position(parser.currentTokenLocation()));
                walk(parser, element, child);
            }
        }
    }

    private void object(JsonParser parser, String pointer) throws IOException {
        Set<String> seen = new HashSet<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            String child = Pointers.child(pointer, name);
            SourcePosition position = position(parser.currentTokenLocation());
            if (seen.add(name)) {
                positions.put(child, position);
            } else {
                duplicate(pointer, child, name, position);
            }
            walk(parser, parser.nextToken(), child);
        }
    }

    private void duplicate(String parent, String child, String name, SourcePosition position) {
        if (parent.endsWith("/States")) {
            diagnostics.errorAt(Diagnostics.DUPLICATE_STATE, child, "duplicate state name \"" + name
                    + "\": state names must be unique", position);
        } else {
            diagnostics.errorAt(Diagnostics.INVALID_JSON, child, "duplicate field \"" + name
                    + "\" in one JSON object; only one may be given", position);
        }
    }

    private SourcePosition position(JsonLocation location) {
        return new SourcePosition(source, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
