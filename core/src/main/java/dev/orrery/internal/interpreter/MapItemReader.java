package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.dataflow.DataflowErrors;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.ItemReader;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map state's ItemReader, compiled once. The reader's call goes through the execution's
 * {@code TaskIntegration} as a {@link TaskRequest} with the Map state's name, the reader's {@code Resource}
 * ({@code arn:aws:states:::s3:getObject} or {@code arn:aws:states:::s3:listObjectsV2}) and the evaluated
 * {@code Parameters} as payload, so a test answers it like a Task (for example
 * {@code TaskMocks.builder().resource("arn:aws:states:::s3:getObject").returns(...)}); the call's latency is not
 * waited. For getObject the answer is the object's content: a JSON string, or an object whose {@code Body} is a
 * string (the shape of the s3:getObject integration). For listObjectsV2 the items are the answer's {@code Contents}
 * entries as given. ReaderConfig InputType JSON (a JSON array), JSONL (one JSON value per non-blank line) and CSV are
 * read; MANIFEST (S3 inventory) is not supported yet. MaxItems / MaxItemsPath keep the first items; 0 means no limit
 * (the AWS documentation is silent on 0). AWS's recorded ItemReaderFailed causes are used for duplicate CSV headers,
 * a JSON object that is no array and a negative MaxItemsPath value; content that is no JSON at all gets the
 * non-iterable cause too (AWS's text for it is not recorded). A failing reader call fails the state with the call's
 * own error and cause (the AWS documentation is silent on this).
 *
 * @param resource the reader's Resource
 * @param parameters the Parameters, or {@code null}
 * @param inputType the InputType, or {@code null} (listObjectsV2)
 * @param csvHeaders the given CSVHeaders (CSVHeaderLocation GIVEN), or {@code null} for FIRST_ROW
 * @param delimiter the CSVDelimiter character
 * @param maxItems MaxItems (0 = no limit)
 * @param maxItemsPath MaxItemsPath, or {@code null}
 */
record MapItemReader(String resource, @Nullable PayloadTemplate parameters, @Nullable String inputType,
        @Nullable List<String> csvHeaders, char delimiter, long maxItems, @Nullable CompiledPath maxItemsPath) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Character> DELIMITERS =
            Map.of("COMMA", ',', "PIPE", '|', "SEMICOLON", ';', "SPACE", ' ', "TAB", '\t');
    private static final String LIST = "arn:aws:states:::s3:listObjectsV2";

    /** Compile an ItemReader of the named state. */
    static MapItemReader compile(String stateName, ItemReader reader) throws ExpressionSyntaxException {
        JsonNode config = reader.readerConfig() == null ? JsonNodeFactory.instance.objectNode() : reader.readerConfig();
        String inputType = config.hasNonNull("InputType") ? config.get("InputType").asText() : null;
        if ("MANIFEST".equals(inputType) || (inputType != null && !List.of("JSON", "JSONL", "CSV").contains(inputType))
                || reader.arguments() != null) {
            throw new UnsupportedOperationException("State \"" + stateName + "\": ItemReader InputType " + inputType
                    + (reader.arguments() != null ? " with Arguments" : "") + " is not supported by this version.");
        }
        List<String> headers = null;
        if ("GIVEN".equals(config.path("CSVHeaderLocation").asText())) {
            headers = new ArrayList<>();
            for (JsonNode header : config.path("CSVHeaders")) {
                headers.add(header.asText());
            }
        }
        Character delimiter = DELIMITERS.get(config.path("CSVDelimiter").asText("COMMA"));
        return new MapItemReader(reader.resource(),
                reader.parameters() == null ? null : PayloadTemplate.compile(reader.parameters(), "Parameters"),
                inputType, headers, delimiter == null ? ',' : delimiter, config.path("MaxItems").asLong(0),
                config.hasNonNull("MaxItemsPath") ? CompiledPath.compile(config.get("MaxItemsPath").asText()) : null);
    }

    /**
     * Read the items: call the resource through the integration and parse its answer.
     *
     * @throws MapIoFailure when the content cannot be read as items or the call fails
     * @throws StatesException {@code States.Runtime} when MaxItemsPath gives no valid integer
     */
    List<JsonNode> read(Activation activation, JsonNode effective) {
        long limit = limit(activation, effective);
        JsonNode payload = parameters == null ? JsonNodeFactory.instance.objectNode()
                : parameters.evaluate(effective, activation);
        String name = activation.state().name();
        TaskOutcome outcome = activation.run().integration().invoke(new TaskRequest(name, resource, payload,
                activation.run().nextInvocation(name), activation.retryCount(), null, activation.contextObject()));
        if (outcome instanceof TaskOutcome.Failure failure) {
            throw new MapIoFailure(failure.error(), failure.cause() == null ? "" : failure.cause());
        }
        if (!(outcome instanceof TaskOutcome.Success success)) {
            throw new IllegalStateException("The ItemReader call of state \"" + name + "\" must answer at once.");
        }
        List<JsonNode> items = items(success.result());
        return limit > 0 && items.size() > limit ? items.subList(0, (int) limit) : items;
    }

    private long limit(Activation activation, JsonNode effective) {
        if (maxItemsPath == null) {
            return maxItems;
        }
        JsonNode value = maxItemsPath.select(effective, activation);
        if (value == null) {
            throw StatesException.runtime(DataflowErrors.invalidPath(maxItemsPath.text(),
                    maxItemsPath.notFoundReason(effective, activation)));
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            String text = value.isTextual() ? value.asText() : value.toString();
            throw StatesException.runtime("The MaxItemsPath field refers to value \"" + text
                    + "\" which is not a valid integer: " + maxItemsPath.text());
        }
        if (value.asLong() < 0) {
            throw new MapIoFailure(MapIoFailure.ERROR, "field MaxItems must be positive");
        }
        return value.asLong();
    }

    private List<JsonNode> items(JsonNode answer) {
        if (resource.equals(LIST)) {
            List<JsonNode> items = new ArrayList<>();
            answer.path("Contents").forEach(items::add);
            return items;
        }
        String content = answer.isTextual() ? answer.asText()
                : answer.path("Body").isTextual() ? answer.get("Body").asText() : answer.toString();
        if ("CSV".equals(inputType)) {
            return CsvItems.parse(content, delimiter, csvHeaders);
        }
        if ("JSONL".equals(inputType)) {
            List<JsonNode> items = new ArrayList<>();
            for (String line : content.split("\r?\n")) {
                if (!line.isBlank()) {
                    items.add(parse(line));
                }
            }
            return items;
        }
        JsonNode array = parse(content);
        if (!array.isArray()) {
            throw new MapIoFailure(MapIoFailure.ERROR, "Attempting to map over non-iterable node.");
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    private static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MapIoFailure(MapIoFailure.ERROR, "Attempting to map over non-iterable node.");
        }
    }
}
