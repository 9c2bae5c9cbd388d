package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns delimited text into Map items as AWS's CSV ItemReader does: one object per row, keyed by the headers (the first
 * row, or the given CSVHeaders), every value a string; a row shorter than the headers gets {@code ""} for the missing
 * columns, cells beyond the headers are dropped. Fields may be double-quoted ({@code ""} escapes a quote). The AWS
 * documentation is silent on short and long rows; this follows the LocalStack emulator.
 */
final class CsvItems {

    private CsvItems() {}

    /**
     * Parse the text.
     *
     * @param headers the given headers, or {@code null} to take them from the first row
     * @throws MapIoFailure when the headers contain duplicates
     */
    static List<JsonNode> parse(String text, char delimiter, @Nullable List<String> headers) {
        List<List<String>> rows = rows(text, delimiter);
        List<String> names = headers;
        int first = 0;
        if (names == null) {
            names = rows.isEmpty() ? List.of() : rows.get(0);
            first = 1;
        }
        if (new HashSet<>(names).size() < names.size()) {
            throw new MapIoFailure(MapIoFailure.ERROR, "CSV headers cannot contain duplicates.");
        }
        List<JsonNode> items = new ArrayList<>(Math.max(0, rows.size() - first));
        for (int r = first; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < names.size(); i++) {
                item.put(names.get(i), i < row.size() ? row.get(i) : "");
            }
            items.add(item);
        }
        return items;
    }

    private static List<List<String>> rows(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == delimiter) {
                row.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, cell, any);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        endRow(rows, row, cell, any);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell, boolean any) {
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        cell.setLength(0);
    }
}
