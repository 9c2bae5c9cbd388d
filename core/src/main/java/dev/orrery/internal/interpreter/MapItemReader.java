package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.dataflow.DataflowErrors;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataExpression;
import dev.orrery.internal.jsonata.JsonataTemplate;
import dev.orrery.internal.jsonpath.CompiledPath;
import dev.orrery.model.ItemReader;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A distributed Map state's ItemReader, compiled once, as the AWS developer guide's "ItemReader (Map)" page describes
 * it. The reader's calls go through the execution's {@code TaskIntegration} as {@link TaskRequest}s with the Map
 * state's name, the reader's {@code Resource} ({@code arn:aws:states:::s3:getObject} or
 * {@code arn:aws:states:::s3:listObjectsV2}) and the evaluated {@code Parameters} (JSONata: {@code Arguments}) as
 * payload, so a test answers them like a Task (for example
 * {@code TaskMocks.builder().resource("arn:aws:states:::s3:getObject").returns(...)}); the calls' latency is not
 * waited. For getObject the answer is the object's content: a JSON string, or an object whose {@code Body} is a
 * string (the shape of the s3:getObject integration). For listObjectsV2 the items are the answer's {@code Contents}
 * entries as given, or with ReaderConfig {@code Transformation} {@code LOAD_AND_FLATTEN} the items read from each
 * listed object (one more getObject call per entry, {@code {"Bucket": <the reader's Bucket>, "Key": <entry Key>}}),
 * parsed by {@code InputType}.
 *
 * <p>ReaderConfig {@code InputType} {@code JSON} (a JSON array, or the array at {@code ItemsPointer}), {@code JSONL}
 * (one JSON value per non-blank line) and {@code CSV} are read. {@code MANIFEST}, or {@code ManifestType}
 * {@code S3_INVENTORY}, reads an S3 inventory: the object is the inventory's {@code manifest.json}; each of its
 * {@code files} is then fetched with getObject from the manifest's {@code destinationBucket} (its bucket name) and
 * read as CSV without header row, with the manifest's {@code fileSchema} (e.g.
 * {@code "Bucket, Key, Size, LastModifiedDate"}) as headers, giving items such as
 * {@code {"Bucket": ..., "Key": ..., "Size": "3399671", "LastModifiedDate": ...}}. {@code PARQUET} and
 * {@code ManifestType} {@code ATHENA_DATA} are refused when the machine is compiled.
 *
 * <p>MaxItems / MaxItemsPath (JSONata: MaxItems as an expression) keep the first items; 0 means no limit (the AWS
 * documentation is silent on 0). AWS's recorded ItemReaderFailed causes are used for duplicate CSV headers, a JSON
 * object that is no array and a negative MaxItemsPath value; content that is no JSON at all gets the non-iterable
 * cause too (AWS's text for it is not recorded). A failing reader call fails the state with the call's own error and
 * cause (the AWS documentation is silent on this).
 *
 * @param resource the reader's Resource
 * @param parameters the JSONPath Parameters, or {@code null}
 * @param arguments the JSONata Arguments, or {@code null}
 * @param inputType the InputType ({@code MANIFEST} also for ManifestType S3_INVENTORY), or {@code null}
 * @param csvHeaders the given CSVHeaders (CSVHeaderLocation GIVEN), or {@code null} for FIRST_ROW
 * @param delimiter the CSVDelimiter character
 * @param maxItems MaxItems (0 = no limit)
 * @param maxItemsPath MaxItemsPath, or {@code null}
 * @param maxItemsExpression a JSONata MaxItems, or {@code null}
 * @param itemsPointer the ItemsPointer (a JSON pointer), or {@code null}
 * @param loadAndFlatten whether Transformation is LOAD_AND_FLATTEN
 */
record MapItemReader(String resource, @Nullable PayloadTemplate parameters, @Nullable JsonataTemplate arguments,
        @Nullable String inputType, @Nullable List<String> csvHeaders, char delimiter, long maxItems,
        @Nullable CompiledPath maxItemsPath, @Nullable JsonataExpression maxItemsExpression,
        @Nullable JsonPointer itemsPointer, boolean loadAndFlatten) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Character> DELIMITERS =
            Map.of("COMMA", ',', "PIPE", '|', "SEMICOLON", ';', "SPACE", ' ', "TAB", '\t');
    private static final String LIST = "arn:aws:states:::s3:listObjectsV2";
    private static final String GET = "arn:aws:states:::s3:getObject";
    private static final String S3_BUCKET_ARN = "arn:aws:s3:::";

    /** Compile an ItemReader of the named state. */
    static MapItemReader compile(String stateName, ItemReader reader) throws ExpressionSyntaxException {
        JsonNode config = reader.readerConfig() == null ? JsonNodeFactory.instance.objectNode() : reader.readerConfig();
        String inputType = config.hasNonNull("InputType") ? config.get("InputType").asText() : null;
        String manifestType = config.hasNonNull("ManifestType") ? config.get("ManifestType").asText() : null;
        if ("PARQUET".equals(inputType) || "ATHENA_DATA".equals(manifestType)) {
            throw new UnsupportedOperationException("State \"" + stateName + "\": an ItemReader with "
                    + ("PARQUET".equals(inputType) ? "InputType PARQUET" : "ManifestType ATHENA_DATA")
                    + " is not supported by this version of Orrery.");
        }
        if ("S3_INVENTORY".equals(manifestType)) {
            inputType = "MANIFEST";
        }
        List<String> headers = null;
        if ("GIVEN".equals(config.path("CSVHeaderLocation").asText())) {
            headers = new ArrayList<>();
            for (JsonNode header : config.path("CSVHeaders")) {
                headers.add(header.asText());
            }
        }
        Character delimiter = DELIMITERS.get(config.path("CSVDelimiter").asText("COMMA"));
        JsonNode maxItems = config.get("MaxItems");
        JsonataExpression maxItemsExpression = JsonataExpression.compileIfExpression(maxItems);
        return new MapItemReader(reader.resource(),
                reader.parameters() == null ? null : PayloadTemplate.compile(reader.parameters(), "Parameters"),
                JsonataIo.template(reader.arguments(), "ItemReader/Arguments"),
                inputType, headers, delimiter == null ? ',' : delimiter,
                maxItems == null || maxItemsExpression != null ? 0 : maxItems.asLong(),
                config.hasNonNull("MaxItemsPath") ? CompiledPath.compile(config.get("MaxItemsPath").asText()) : null,
                maxItemsExpression,
                config.hasNonNull("ItemsPointer") ? pointer(config.get("ItemsPointer").asText()) : null,
                "LOAD_AND_FLATTEN".equals(config.path("Transformation").asText()));
    }

    private static JsonPointer pointer(String text) throws ExpressionSyntaxException {
        try {
            return JsonPointer.compile(text);
        } catch (IllegalArgumentException e) {
            throw new ExpressionSyntaxException("ItemsPointer \"" + text + "\" is not a JSON pointer: "
                    + e.getMessage(), 0);
        }
    }

    /**
     * Read the items: call the resource through the integration and parse its answer.
     *
     * @throws MapIoFailure when the content cannot be read as items or the call fails
     * @throws StatesException {@code States.Runtime} when MaxItemsPath gives no valid integer
     */
    List<JsonNode> read(Activation activation, JsonNode effective) {
        long limit = limit(activation, effective);
        JsonNode payload = parameters != null ? parameters.evaluate(effective, activation)
                : arguments != null ? arguments.evaluate(JsonataBindings.of(effective, activation))
                : JsonNodeFactory.instance.objectNode();
        JsonNode answer = call(activation, resource, payload);
        List<JsonNode> items;
        if (resource.equals(LIST)) {
            items = new ArrayList<>();
            for (JsonNode entry : answer.path("Contents")) {
                if (loadAndFlatten) {
                    ObjectNode get = JsonNodeFactory.instance.objectNode()
                            .put("Bucket", payload.path("Bucket").asText()).put("Key", entry.path("Key").asText());
                    items.addAll(items(content(call(activation, GET, get))));
                } else {
                    items.add(entry);
                }
            }
        } else if ("MANIFEST".equals(inputType)) {
            items = inventory(activation, parse(content(answer)));
        } else {
            items = items(content(answer));
        }
        return limit > 0 && items.size() > limit ? items.subList(0, (int) limit) : items;
    }

    private JsonNode call(Activation activation, String callResource, JsonNode payload) {
        String name = activation.state().name();
        TaskOutcome outcome = activation.run().integration().invoke(new TaskRequest(name, callResource, payload,
                activation.run().nextInvocation(name), activation.retryCount(), null, activation.contextObject()));
        if (outcome instanceof TaskOutcome.Failure failure) {
            throw new MapIoFailure(failure.error(), failure.cause() == null ? "" : failure.cause());
        }
        if (!(outcome instanceof TaskOutcome.Success success)) {
            throw new IllegalStateException("The ItemReader call of state \"" + name + "\" must answer at once.");
        }
        return success.result();
    }

    private static String content(JsonNode answer) {
        return answer.isTextual() ? answer.asText()
                : answer.path("Body").isTextual() ? answer.get("Body").asText() : answer.toString();
    }

    /** Read the inventory files the S3 inventory manifest lists, as CSV with its fileSchema as headers. */
    private List<JsonNode> inventory(Activation activation, JsonNode manifest) {
        List<String> headers = new ArrayList<>();
        for (String header : manifest.path("fileSchema").asText().split(",")) {
            if (!header.isBlank()) {
                headers.add(header.trim());
            }
        }
        String bucket = manifest.path("destinationBucket").asText();
        bucket = bucket.startsWith(S3_BUCKET_ARN) ? bucket.substring(S3_BUCKET_ARN.length()) : bucket;
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode file : manifest.path("files")) {
            ObjectNode get = JsonNodeFactory.instance.objectNode().put("Bucket", bucket)
                    .put("Key", file.path("key").asText());
            items.addAll(CsvItems.parse(content(call(activation, GET, get)), delimiter, headers));
        }
        return items;
    }

    private long limit(Activation activation, JsonNode effective) {
        if (maxItemsExpression != null) {
            JsonNode value = maxItemsExpression.evaluate(JsonataBindings.of(effective, activation), "MaxItems",
                    "number");
            if (!value.canConvertToLong() || value.asDouble() != value.asLong() || value.asLong() < 0) {
                throw new StatesException("States.QueryEvaluationError", "The JSONata expression '"
                        + maxItemsExpression.text() + "' specified for the field 'MaxItems' returned an unexpected "
                        + "value. Expected a non-negative integer, but was: " + value);
            }
            return value.asLong();
        }
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

    /**
     * Return the items of reader data given as found in the source (TestState's {@code mapItemReaderData}) instead of
     * read from it: the data itself, or what its ItemsPointer selects; none without data.
     *
     * @throws MapIoFailure when that is not an array, as when the read content is not
     */
    List<JsonNode> standInItems(@Nullable JsonNode data) {
        if (data == null) {
            return List.of();
        }
        JsonNode array = itemsPointer == null ? data : data.at(itemsPointer);
        if (!array.isArray()) {
            throw new MapIoFailure(MapIoFailure.ERROR, "Attempting to map over non-iterable node.");
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    /** Return what the ItemsPointer selects of the given reader data, or {@code null} without a pointer or data. */
    @Nullable
    JsonNode afterItemsPointer(@Nullable JsonNode data) {
        return itemsPointer == null || data == null || data.at(itemsPointer).isMissingNode() ? null
                : data.at(itemsPointer);
    }

    private List<JsonNode> items(String content) {
        if ("CSV".equals(inputType)) {
            return CsvItems.parse(content, delimiter, csvHeaders);
        }
        if ("JSONL".equals(inputType)) {
            List<JsonNode> regular = jsonLinesInOnePass(content);
            if (regular != null) {
                return regular;
            }
            // lines end at \n, a \r before it dropped (as splitting at "\r?\n" would, without a regular expression)
            List<JsonNode> items = new ArrayList<>();
            for (int start = 0; start < content.length(); ) {
                int newline = content.indexOf('\n', start);
                int end = newline < 0 ? content.length() : newline;
                int stop = newline >= 0 && end > start && content.charAt(end - 1) == '\r' ? end - 1 : end;
                String line = content.substring(start, stop);
                if (!line.isBlank()) {
                    items.add(parse(line));
                }
                start = end + 1;
            }
            return items;
        }
        JsonNode array = parse(content);
        if (itemsPointer != null) {
            array = array.at(itemsPointer);
        }
        if (!array.isArray()) {
            throw new MapIoFailure(MapIoFailure.ERROR, "Attempting to map over non-iterable node.");
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    /**
     * Return the values of JSON Lines content read with one parser, or {@code null} when the content is not one JSON
     * value per line, each on a line of its own with only whitespace around it and between the lines: then it is
     * read line by line, each non-blank line on its own as the format defines it, with the same values and errors.
     * One parser instead of one per line spares a parser's set-up per item.
     */
    private static @Nullable List<JsonNode> jsonLinesInOnePass(String content) {
        List<JsonNode> items = new ArrayList<>();
        long previousEnd = -1;
        try (JsonParser parser = MAPPER.getFactory().createParser(content.toCharArray())) {
            while (parser.nextToken() != null) {
                long start = parser.currentTokenLocation().getCharOffset();
                int lineEnd = previousEnd < 0 ? -1 : content.indexOf('\n', (int) previousEnd);
                if (previousEnd >= 0 && (lineEnd < 0 || lineEnd >= start)) {
                    // no line break between two values: a line holds more than one value
                    return null;
                }
                items.add(MAPPER.readTree(parser));
                // where the value's last token starts: a line break before it splits the value over lines
                long end = parser.currentTokenLocation().getCharOffset();
                int lineBreak = content.indexOf('\n', (int) start);
                if (lineBreak >= 0 && lineBreak < end) {
                    return null;
                }
                previousEnd = end;
            }
        } catch (IOException e) {
            return null;
        }
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
