package dev.orrery.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
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
