package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.QueryLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks a JSON object against a table of allowed fields: unknown fields, query language and value types. */
final class ObjectChecker {

    private final Diagnostics diagnostics;
    private final ValueChecker values;

    ObjectChecker(Diagnostics diagnostics, ValueChecker values) {
        this.diagnostics = diagnostics;
        this.values = values;
    }

    /** Return the value checker. */
    ValueChecker values() {
        return values;
    }

    /** Check the object's fields; report and return false when the node is not an object. */
    boolean check(JsonNode node, String pointer, String what, Map<String, FieldSpec> fields, QueryLanguage language) {
        if (!node.isObject()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, what + " must be a JSON object but was "
                    + ValueChecker.describe(node));
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String child = Pointers.child(pointer, entry.getKey());
            FieldSpec spec = fields.get(entry.getKey());
            if (spec == null) {
                unknown(entry.getKey(), child, what, fields);
            } else if (allowed(spec, child, language)) {
                values.check(spec, entry.getValue(), child, language);
            }
        }
        return true;
    }

    /** Report the fields of the list that the object lacks, in AWS's words. */
    boolean require(JsonNode node, String pointer, List<String> required) {
        List<String> missing = new ArrayList<>();
        required.stream().filter(field -> !node.has(field)).forEach(missing::add);
        if (!missing.isEmpty()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "These fields are required: [" + String.join(", ", missing)
                    + "]");
        }
        return missing.isEmpty();
    }

    /** Report when more than one field of the group is present, at the second one. */
    void exclusive(JsonNode node, String pointer, String... group) {
        List<String> present = List.of(group).stream().filter(node::has).toList();
        if (present.size() > 1) {
            String names = present.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
            diagnostics.error(Diagnostics.SCHEMA, Pointers.child(pointer, present.get(1)), "fields " + names
                    + " are mutually exclusive; give only one of ["
                    + String.join(", ", group) + "]");
        }
    }

    private void unknown(String field, String pointer, String what, Map<String, FieldSpec> fields) {
        diagnostics.error(Diagnostics.SCHEMA, pointer, "unknown field \"" + field + "\" in " + what
                + Suggestions.didYouMean(field, fields.keySet()));
    }

    private boolean allowed(FieldSpec spec, String pointer, QueryLanguage language) {
        if (spec.language() == null || spec.language() == language) {
            return true;
        }
        String message = spec.language() == QueryLanguage.JSON_PATH
                ? "\"" + spec.name() + "\" is a JSONPath field and is not allowed when the QueryLanguage is JSONata"
                : "\"" + spec.name() + "\" is a JSONata field and is not allowed when the QueryLanguage is JSONPath;"
                        + " set \"QueryLanguage\": \"JSONata\" to use it";
        diagnostics.error(Diagnostics.SCHEMA, pointer, message);
        return false;
    }
}
