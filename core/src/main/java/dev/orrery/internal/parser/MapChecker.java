package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.QueryLanguage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks what is particular to Map states: the processor, mutually exclusive fields and the distributed parts. */
final class MapChecker {

    private static final int MAX_LABEL_LENGTH = 40;

    private static final Map<String, FieldSpec> READER = fields(FieldSpec.of("Resource", FieldKind.STRING),
            FieldSpec.of("ReaderConfig", FieldKind.OBJECT), FieldSpec.jsonPath("Parameters", FieldKind.TEMPLATE),
            FieldSpec.jsonata("Arguments", FieldKind.EXPRESSION));
    private static final Map<String, FieldSpec> BATCHER = fields(
            FieldSpec.range("MaxItemsPerBatch", FieldKind.INTEGER, 1, StateFields.MAX),
            FieldSpec.jsonPath("MaxItemsPerBatchPath", FieldKind.REFERENCE_PATH),
            FieldSpec.range("MaxInputBytesPerBatch", FieldKind.INTEGER, 1, 262_144),
            FieldSpec.jsonPath("MaxInputBytesPerBatchPath", FieldKind.REFERENCE_PATH),
            FieldSpec.of("BatchInput", FieldKind.TEMPLATE));
    private static final Map<String, FieldSpec> WRITER = fields(FieldSpec.of("Resource", FieldKind.STRING),
            FieldSpec.jsonPath("Parameters", FieldKind.TEMPLATE), FieldSpec.jsonata("Arguments", FieldKind.EXPRESSION),
            FieldSpec.of("WriterConfig", FieldKind.OBJECT));

    private final Diagnostics diagnostics;
    private final ObjectChecker objects;
    private final BranchChecker branches;

    MapChecker(Diagnostics diagnostics, ObjectChecker objects, BranchChecker branches) {
        this.diagnostics = diagnostics;
        this.objects = objects;
        this.branches = branches;
    }

    /** Check a Map state (its common fields have been checked already). */
    void check(JsonNode state, String pointer, QueryLanguage language) {
        if (!state.has("ItemProcessor") && !state.has("Iterator")) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "These fields are required: [ItemProcessor]");
        }
        objects.exclusive(state, pointer, "ItemProcessor", "Iterator");
        objects.exclusive(state, pointer, "ItemSelector", "Parameters");
        objects.exclusive(state, pointer, "Items", "ItemsPath");
        objects.exclusive(state, pointer, "MaxConcurrency", "MaxConcurrencyPath");
        objects.exclusive(state, pointer, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        objects.exclusive(state, pointer, "ToleratedFailureCount", "ToleratedFailureCountPath");
        for (String field : List.of("ItemProcessor", "Iterator")) {
            JsonNode processor = state.get(field);
            if (processor != null && processor.isObject()) {
                branches.checkBranch(processor, pointer + "/" + field, language, true);
            }
        }
        part(state, "ItemReader", READER, pointer, language);
        part(state, "ItemBatcher", BATCHER, pointer, language);
        part(state, "ResultWriter", WRITER, pointer, language);
        label(state.get("Label"), pointer + "/Label");
        if (!distributed(state)) {
            for (String field : DISTRIBUTED_ONLY) {
                if (state.has(field)) {
                    // a warning, not an error: AWS documents the field for distributed Maps only, but no recorded
                    // rejection shows AWS refusing it on an INLINE Map, and the validation corpus's linters accept
                    // it (Orrery's own wording)
                    diagnostics.warning(Diagnostics.SCHEMA, pointer + "/" + field, "The field '" + field
                            + "' is documented for Map states in DISTRIBUTED mode only (ItemProcessor.ProcessorConfig"
                            + ".Mode); Orrery ignores it on this INLINE Map state: set Mode to DISTRIBUTED for it to"
                            + " take effect");
                }
            }
        }
    }

    /**
     * The fields of a Map state that only a distributed Map may have. Not ToleratedFailure*: AWS accepted and ran an
     * INLINE JSONata Map with ToleratedFailureCount/Percentage in the recorded conformance cases.
     */
    private static final List<String> DISTRIBUTED_ONLY = List.of("ItemReader", "ItemBatcher", "ResultWriter",
            "Label");

    private static boolean distributed(JsonNode state) {
        return "DISTRIBUTED".equals(state.path("ItemProcessor").path("ProcessorConfig").path("Mode").asText());
    }

    /** Check a ProcessorConfig. */
    static void checkProcessorConfig(JsonNode config, String pointer, Diagnostics diagnostics) {
        if (!config.isObject()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "\"ProcessorConfig\" must be an object but was "
                    + ValueChecker.describe(config));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : config.properties()) {
            List<String> allowed = switch (entry.getKey()) {
                case "Mode" -> List.of("INLINE", "DISTRIBUTED");
                case "ExecutionType" -> List.of("STANDARD", "EXPRESS");
                default -> null;
            };
            String at = Pointers.child(pointer, entry.getKey());
            if (allowed == null) {
                diagnostics.error(Diagnostics.SCHEMA, at, "unknown field \"" + entry.getKey() + "\" in ProcessorConfig"
                        + Suggestions.didYouMean(entry.getKey(), List.of("Mode", "ExecutionType")));
            } else if (!allowed.contains(entry.getValue().asText())) {
                diagnostics.error(Diagnostics.SCHEMA, at, "\"" + entry.getKey() + "\" must be one of " + allowed
                        + " but was " + entry.getValue());
            }
        }
    }

    private void part(JsonNode state, String field, Map<String, FieldSpec> specs, String pointer,
            QueryLanguage language) {
        JsonNode part = state.get(field);
        String at = pointer + "/" + field;
        if (part == null || !objects.check(part, at, "\"" + field + "\"", specs, language)) {
            return;
        }
        if (specs == READER) {
            objects.require(part, at, List.of("Resource"));
            JsonNode config = part.path("ReaderConfig");
            objects.exclusive(config, at + "/ReaderConfig", "MaxItems", "MaxItemsPath");
            readerConfig(config, at + "/ReaderConfig");
        } else if (specs == WRITER) {
            writer(part, at);
        } else if (specs == BATCHER) {
            objects.exclusive(part, at, "MaxItemsPerBatch", "MaxItemsPerBatchPath");
            objects.exclusive(part, at, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
        }
    }

    private void readerConfig(JsonNode config, String pointer) {
        if (!config.isObject()) {
            return;
        }
        oneOf(config, pointer, "InputType", List.of("CSV", "JSON", "JSONL", "PARQUET", "MANIFEST"));
        oneOf(config, pointer, "CSVDelimiter", List.of("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"));
        oneOf(config, pointer, "CSVHeaderLocation", List.of("FIRST_ROW", "GIVEN"));
        oneOf(config, pointer, "ManifestType", List.of("ATHENA_DATA", "S3_INVENTORY"));
        oneOf(config, pointer, "Transformation", List.of("NONE", "LOAD_AND_FLATTEN"));
        if ("S3_INVENTORY".equals(config.path("ManifestType").asText()) && config.has("InputType")) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/InputType", "InputType cannot be specified when "
                    + "ManifestType is S3_INVENTORY (its files are CSV)");
        }
        if ("LOAD_AND_FLATTEN".equals(config.path("Transformation").asText()) && !config.has("InputType")) {
            diagnostics.error(Diagnostics.SCHEMA, pointer + "/Transformation", "Transformation LOAD_AND_FLATTEN "
                    + "requires InputType");
        }
        if ("GIVEN".equals(config.path("CSVHeaderLocation").asText()) && !config.path("CSVHeaders").isArray()) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "CSVHeaderLocation GIVEN requires CSVHeaders, an array "
                    + "of strings");
        }
        JsonNode itemsPointer = config.get("ItemsPointer");
        if (itemsPointer != null) {
            try {
                com.fasterxml.jackson.core.JsonPointer.compile(itemsPointer.asText());
            } catch (IllegalArgumentException e) {
                diagnostics.error(Diagnostics.SCHEMA, pointer + "/ItemsPointer", "ItemsPointer must be a JSON "
                        + "pointer such as \"/inventory/products\" but was " + itemsPointer);
            }
        }
    }

    private void writer(JsonNode writer, String pointer) {
        boolean located = writer.has("Parameters") || writer.has("Arguments");
        if (!writer.has("WriterConfig") && !(writer.has("Resource") && located)) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "A ResultWriter needs WriterConfig, or Resource with "
                    + "Parameters (JSONata: Arguments), or all three");
        } else if (writer.has("Resource") != located) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, writer.has("Resource")
                    ? "A ResultWriter with Resource needs Parameters (JSONata: Arguments) with Bucket and Prefix"
                    : "A ResultWriter with Parameters or Arguments needs Resource");
        }
        JsonNode config = writer.get("WriterConfig");
        if (config != null && config.isObject()) {
            String at = pointer + "/WriterConfig";
            oneOf(config, at, "Transformation", List.of("NONE", "COMPACT", "FLATTEN"));
            oneOf(config, at, "OutputType", List.of("JSON", "JSONL"));
            for (Map.Entry<String, JsonNode> entry : config.properties()) {
                if (!List.of("Transformation", "OutputType").contains(entry.getKey())) {
                    diagnostics.error(Diagnostics.SCHEMA, Pointers.child(at, entry.getKey()), "unknown field \""
                            + entry.getKey() + "\" in WriterConfig" + Suggestions.didYouMean(entry.getKey(),
                                    List.of("Transformation", "OutputType")));
                }
            }
        }
    }

    private void oneOf(JsonNode object, String pointer, String field, List<String> allowed) {
        JsonNode value = object.get(field);
        if (value != null && !(value.isTextual() && allowed.contains(value.asText()))) {
            diagnostics.error(Diagnostics.SCHEMA, Pointers.child(pointer, field), "\"" + field + "\" must be one of "
                    + allowed + " but was " + value);
        }
    }

    /** The special characters a Map Label must not contain, besides whitespace and control characters. */
    private static final String LABEL_FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private void label(JsonNode label, String pointer) {
        if (label == null || !label.isTextual()) {
            return;
        }
        String text = label.asText();
        if (text.isEmpty()) {
            diagnostics.error(Diagnostics.INVALID_LABEL, pointer, "Label must not be empty");
        } else if (text.length() > MAX_LABEL_LENGTH) {
            diagnostics.error(Diagnostics.INVALID_LABEL, pointer, "Label must be at most " + MAX_LABEL_LENGTH
                    + " characters but has " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c <= 0x1F || (c >= 0x7F && c <= 0x9F)
                    || LABEL_FORBIDDEN.indexOf(c) >= 0) {
                // the documented rule (no whitespace, brackets, wildcards, special or control characters);
                // the wording is Orrery's
                diagnostics.error(Diagnostics.INVALID_LABEL, pointer, "Label must not contain "
                        + (c <= 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format("U+%04X", (int) c) : "'" + c + "'")
                        + ": whitespace, brackets, wildcards, special and control characters are not allowed");
                return;
            }
        }
    }

    private static Map<String, FieldSpec> fields(FieldSpec... specs) {
        Map<String, FieldSpec> result = new LinkedHashMap<>();
        for (FieldSpec spec : specs) {
            result.put(spec.name(), spec);
        }
        return result;
    }
}
