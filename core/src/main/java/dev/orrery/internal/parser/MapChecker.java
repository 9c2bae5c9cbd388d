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
        } else if (specs == BATCHER) {
            objects.exclusive(part, at, "MaxItemsPerBatch", "MaxItemsPerBatchPath");
            objects.exclusive(part, at, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
        }
    }

    private void label(JsonNode label, String pointer) {
        if (label != null && label.isTextual() && label.asText().length() > MAX_LABEL_LENGTH) {
            diagnostics.error(Diagnostics.INVALID_LABEL, pointer, "Label must be at most " + MAX_LABEL_LENGTH
                    + " characters but has " + label.asText().length());
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
