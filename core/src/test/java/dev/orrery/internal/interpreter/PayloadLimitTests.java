package dev.orrery.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import dev.orrery.internal.json.SmallFieldMap;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadLimitTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "null", "-1.5e300", "12345678901234567890123", "-9223372036854775808",
        "1.0E-7", "0.1", "123.4500", "1e400", "{\"a\":[1,true,null,\"x\\\"y\"],\"é\":{\"\\u0001\":\"日本\"}}",
        "\"\\ud83d\\ude00\"", "\"\\b\\t\\n\\f\\r\\u001f\\u007f\\\\\"", "{\"k\\\"\\n\":[[],{}]}"})
    void the_computed_size_is_the_serialized_utf8_length(String json) throws Exception {
        JsonNode node = MAPPER.readTree(json);

        long exact = MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8).length;

        assertThat(PayloadLimit.exactBytes(node)).isEqualTo(exact);
        assertThat(new PayloadSizes(1L << 40).size(node)).isEqualTo(exact);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
    void the_computed_size_is_the_serialized_utf8_length_of_generated_documents(long seed) throws Exception {
        JsonNode node = new RandomDocuments(new SplittableRandom(seed)).document(6);

        long exact = MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8).length;

        assertThat(new PayloadSizes(1L << 40).size(node)).as("%s", node).isEqualTo(exact);
        assertThat(PayloadLimit.exactBytes(node)).isEqualTo(exact);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 19, 23, 29})
    void a_document_grown_from_shared_parts_is_measured_exactly_at_every_step(long seed) throws Exception {
        RandomDocuments documents = new RandomDocuments(new SplittableRandom(seed));
        PayloadSizes sizes = new PayloadSizes(1L << 40);
        ObjectNode document = MAPPER.createObjectNode();
        for (int step = 0; step < 30; step++) {
            ObjectNode next = MAPPER.createObjectNode();
            next.setAll(document);
            next.set("f" + step, step % 3 == 0 ? document : documents.document(3));
            document = next;

            long exact = MAPPER.writeValueAsString(document).getBytes(StandardCharsets.UTF_8).length;

            assertThat(sizes.size(document)).isEqualTo(exact);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 7, 11, 19, 23, 29, 31, 37, 41, 43})
    void an_output_made_from_its_input_by_placing_one_value_is_measured_exactly(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        RandomDocuments documents = new RandomDocuments(random);
        PayloadSizes sizes = new PayloadSizes(1L << 40);
        JsonNode input = padded(documents.document(4));
        sizes.size(input);
        for (int step = 0; step < 60; step++) {
            JsonNode output = placed(input, documents, random, 1 + random.nextInt(3));

            long exact = MAPPER.writeValueAsString(output).getBytes(StandardCharsets.UTF_8).length;

            assertThat(sizes.size(output, input)).as("%s from %s", output, input).isEqualTo(exact);
            assertThat(new PayloadSizes(1L << 40).size(output)).isEqualTo(exact);
            input = random.nextInt(4) == 0 ? padded(documents.document(4)) : output;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 7, 8, 9, 20})
    void a_checked_payload_placed_in_a_later_one_is_measured_exactly_after_any_number_of_checks(int between)
            throws Exception {
        SplittableRandom random = new SplittableRandom(between);
        RandomDocuments documents = new RandomDocuments(random);
        PayloadSizes sizes = new PayloadSizes(1L << 40);
        JsonNode result = padded(documents.document(3));
        sizes.size(result);
        JsonNode small = MAPPER.readTree("{\"k\":[1,\"é\"]}");
        sizes.size(small);
        for (int i = 0; i < between; i++) {
            sizes.size(i % 2 == 0 ? padded(documents.document(3)) : documents.document(2));
        }
        ObjectNode output = MAPPER.createObjectNode();
        output.put("before", "x");
        output.set("result", result);
        output.set("small", small);
        ArrayNode outputs = MAPPER.createArrayNode().add(result).add(output).add(small);

        assertThat(sizes.size(output)).isEqualTo(MAPPER.writeValueAsString(output).getBytes(
                StandardCharsets.UTF_8).length);
        assertThat(sizes.size(outputs)).isEqualTo(MAPPER.writeValueAsString(outputs).getBytes(
                StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}|{\"a\":1,\"日本\":\"é😀\\n\"}", "{\"a\":{\"b\":[1,2]},\"c\":2.5}|{\"a\":{\"b\":[1,-3e300]},\"c\":2.5}",
        "{\"a\":{\"b\":{\"c\":\"x\"}},\"d\":[]}|{\"a\":{\"b\":{\"c\":\"\\u0001\\u2028\"}},\"d\":[]}",
        "[{\"a\":[]},0.1]|[{\"a\":[{}]},0.1]", "{}|{\"k\\\"\":12345678901234567890}",
        "{\"a\":[[[[1]]]],\"b\":[1]}|{\"a\":0,\"b\":[1]}", "{\"a\":[[1]],\"b\":[[2]]}|{\"a\":1,\"b\":[[2]]}"})
    void a_replaced_field_is_measured_exactly_from_the_input(String pair) throws Exception {
        String[] parts = pair.split("\\|");
        JsonNode input = padded(MAPPER.readTree(parts[0]));
        JsonNode wanted = padded(MAPPER.readTree(parts[1]));
        JsonNode output = rebuilt(input, wanted);
        PayloadSizes sizes = new PayloadSizes(1L << 40);
        sizes.size(input);

        assertThat(sizes.size(output, input)).isEqualTo(MAPPER.writeValueAsString(output).getBytes(
                StandardCharsets.UTF_8).length);
    }

    @Test
    void replacing_the_deepest_field_of_an_input_at_the_nesting_limit_is_within_it() {
        JsonNode deep = MAPPER.createArrayNode();
        for (int level = 1; level < PayloadSizes.MAX_DEPTH; level++) {
            deep = MAPPER.createArrayNode().add(deep);
        }
        ObjectNode input = MAPPER.createObjectNode();
        input.set("deep", deep);
        input.put("small", 1);
        PayloadSizes sizes = new PayloadSizes();
        assertThat(sizes.problem(input, "S")).isEqualTo(PayloadLimit.depthCause("S"));
        JsonNode within = ((ArrayNode) deep).get(0);
        ObjectNode shallower = MAPPER.createObjectNode();
        shallower.set("deep", within);
        shallower.put("small", 1);
        assertThat(sizes.problem(shallower, "S")).isNull();

        ObjectNode output = shallower.deepCopy();
        output.set("deep", MAPPER.createArrayNode());
        ObjectNode sameShape = MAPPER.createObjectNode();
        sameShape.set("deep", within);
        sameShape.set("small", MAPPER.createArrayNode().add(MAPPER.createArrayNode()));

        assertThat(sizes.problem(output, shallower, "S")).isNull();
        assertThat(sizes.problem(sameShape, shallower, "S")).isNull();
        ObjectNode tooDeep = MAPPER.createObjectNode();
        tooDeep.set("deep", within);
        tooDeep.put("small", 1);
        tooDeep.set("added", deep);
        assertThat(sizes.problem(tooDeep, shallower, "S")).isEqualTo(PayloadLimit.depthCause("S"));
    }

    @Test
    void an_output_placed_into_its_input_is_held_to_the_quota_to_the_byte() {
        PayloadSizes sizes = new PayloadSizes();
        ObjectNode input = MAPPER.createObjectNode();
        input.put("a", "x".repeat(200_000));
        assertThat(sizes.problem(input, "S")).isNull();
        // {"a":"x…","b":"y…"}: 2 + 200,006 + 1 + 4 + the string
        String fits = "y".repeat(262_144 - 200_013 - 2);
        ObjectNode atQuota = input.deepCopy();
        atQuota.set("a", input.get("a"));
        atQuota.put("b", fits);
        ObjectNode overQuota = input.deepCopy();
        overQuota.set("a", input.get("a"));
        overQuota.put("b", fits + "y");

        assertThat(PayloadLimit.exactBytes(atQuota)).isEqualTo(262_144);
        assertThat(sizes.problem(atQuota, input, "S")).isNull();
        assertThat(sizes.problem(overQuota, input, "S")).isEqualTo(PayloadLimit.cause("S"));
    }

    /** Return the input with one value (at the given depth below it, where it can) replaced, or a field added. */
    private static JsonNode placed(JsonNode input, RandomDocuments documents, SplittableRandom random, int depth) {
        JsonNode value = documents.document(2);
        if (input instanceof ObjectNode object) {
            ObjectNode copy = random.nextBoolean() ? SmallFieldMap.copyOf(object, UnaryOperator.identity(), 1)
                    : MAPPER.createObjectNode().setAll(object);
            if (object.isEmpty() || random.nextInt(3) == 0) {
                copy.set("k" + random.nextInt(5) + (random.nextBoolean() ? "日😀" : "\""), value);
            } else {
                String name = object.fieldNames().next();
                for (var it = object.fieldNames(); it.hasNext() && random.nextBoolean(); ) {
                    name = it.next();
                }
                copy.set(name, depth > 1 ? placed(object.get(name), documents, random, depth - 1) : value);
            }
            return copy;
        }
        if (input instanceof ArrayNode array && !array.isEmpty()) {
            ArrayNode copy = MAPPER.createArrayNode().addAll(array);
            int index = random.nextInt(array.size());
            copy.set(index, depth > 1 ? placed(array.get(index), documents, random, depth - 1) : value);
            return copy;
        }
        return value;
    }

    /** Return a copy of the document with a long field added to each object, so that each is worked out, not measured. */
    private static JsonNode padded(JsonNode document) {
        if (document instanceof ObjectNode object) {
            ObjectNode copy = MAPPER.createObjectNode();
            object.fields().forEachRemaining(field -> copy.set(field.getKey(), padded(field.getValue())));
            return copy.put("pad", "p".repeat(64));
        }
        if (document instanceof ArrayNode array) {
            ArrayNode copy = MAPPER.createArrayNode();
            array.forEach(element -> copy.add(padded(element)));
            return copy;
        }
        return document;
    }

    /** Return the wanted document sharing every part of the input that is equal to the wanted one. */
    private static JsonNode rebuilt(JsonNode input, JsonNode wanted) {
        if (input.equals(wanted)) {
            return input;
        }
        if (input instanceof ObjectNode object && wanted instanceof ObjectNode) {
            ObjectNode copy = MAPPER.createObjectNode();
            wanted.fields().forEachRemaining(field -> copy.set(field.getKey(), object.has(field.getKey())
                    ? rebuilt(object.get(field.getKey()), field.getValue()) : field.getValue()));
            return copy;
        }
        if (input instanceof ArrayNode array && wanted instanceof ArrayNode && array.size() == wanted.size()) {
            ArrayNode copy = MAPPER.createArrayNode();
            for (int i = 0; i < array.size(); i++) {
                copy.add(rebuilt(array.get(i), wanted.get(i)));
            }
            return copy;
        }
        return wanted;
    }

    @Test
    void a_lone_surrogate_is_counted_as_the_serialising_count_does() {
        JsonNode text = JsonNodeFactory.instance.textNode("\ud800x\udc00y\ud83d\ude00");

        assertThat(new PayloadSizes().size(text)).isEqualTo(PayloadLimit.exactBytes(text));
    }

    @Test
    void sizes_over_the_cap_are_reported_as_the_cap() {
        PayloadSizes sizes = new PayloadSizes(100);

        assertThat(sizes.size(JsonNodeFactory.instance.textNode("a".repeat(500)))).isEqualTo(100);
        assertThat(sizes.size(MAPPER.createArrayNode().add("a".repeat(60)).add("b".repeat(60)))).isEqualTo(100);
    }

    @Test
    void counts_utf8_bytes_not_characters() {
        JsonNode text = JsonNodeFactory.instance.textNode("é".repeat(131_072));

        assertThat(PayloadLimit.exactBytes(text)).isEqualTo(262_146);
        assertThat(new PayloadSizes().exceeds(text)).isTrue();
    }

    @Test
    void a_payload_of_exactly_the_quota_is_allowed() {
        assertThat(new PayloadSizes().exceeds(JsonNodeFactory.instance.textNode("a".repeat(262_142)))).isFalse();
        assertThat(new PayloadSizes().exceeds(JsonNodeFactory.instance.textNode("a".repeat(262_143)))).isTrue();
    }

    @Test
    void a_shared_subtree_is_measured_once_and_still_counted_in_each_parent() throws Exception {
        PayloadSizes sizes = new PayloadSizes();
        JsonNode big = JsonNodeFactory.instance.textNode("a".repeat(100_000));
        JsonNode once = MAPPER.createObjectNode().set("x", big);
        JsonNode thrice = MAPPER.createArrayNode().add(once).add(once).add(once);

        assertThat(sizes.exceeds(once)).isFalse();
        assertThat(sizes.exceeds(thrice)).isTrue();
    }

    /** Random JSON documents: every kind of node Jackson reads, and strings with escapes and non-ASCII text. */
    private record RandomDocuments(SplittableRandom random) {

        private static final String[] CHARS = {"a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\b", "\f",
            "\r", "\u0000", "\u001f", "\u007f", "é", "ß", "\u07ff", "\u0800", "日", "\uffff", "😀",
            "\u2028"};

        JsonNode document(int depth) {
            int kind = depth <= 0 ? random.nextInt(10) : random.nextInt(12);
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (kind) {
                case 0 -> nodes.nullNode();
                case 1 -> nodes.booleanNode(random.nextBoolean());
                case 2 -> nodes.numberNode(random.nextInt());
                case 3 -> nodes.numberNode(random.nextLong() >> random.nextInt(64));
                case 4 -> nodes.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(-12, 30)));
                case 5 -> nodes.numberNode(new java.math.BigDecimal(random.nextLong()).movePointLeft(random.nextInt(
                        -5, 25)));
                case 6 -> nodes.numberNode(java.math.BigInteger.valueOf(random.nextLong()).shiftLeft(
                        random.nextInt(100)));
                case 7 -> nodes.numberNode((float) random.nextDouble(-1e6, 1e6));
                case 8 -> nodes.numberNode(new double[] {Double.NaN, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, -0.0, 1e-7, 1e21}[random.nextInt(6)]);
                case 9 -> nodes.textNode(text());
                case 10 -> {
                    ObjectNode object = nodes.objectNode();
                    for (int i = random.nextInt(6); i > 0; i--) {
                        object.set(text(), document(depth - 1));
                    }
                    yield object;
                }
                default -> {
                    var array = nodes.arrayNode();
                    for (int i = random.nextInt(6); i > 0; i--) {
                        array.add(document(depth - 1));
                    }
                    yield array;
                }
            };
        }

        private String text() {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(CHARS[random.nextInt(CHARS.length)]);
            }
            return text.toString();
        }
    }
}
