package dev.orrery.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTreesTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper INDENTING = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "null", "1", "-1", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "1.5", "0.1", "-0.0", "1e400",
        "1E2", "1.0", "1.10", "0.12345678901234567890123", "\"x\"", "true", "false", "[]", "{}",
        "[1,[2,{}],{\"a\":[]}]", "{\"a\":1,\"a\":2,\"b\":3}", "{\"a\":1,\"b\":{\"c\":1,\"c\":[1]}}", "{\"a\":1}{\"b\":2}",
        "\"\\u00e9\\ud83d\\ude00\\u2028\"", "{\"a\": [1, 2.5, null, true, \"s\"], \"b\": {\"c\": {}}}"})
    void reads_and_writes_a_tree_node_for_node_as_a_mapper_does(String text) throws Exception {
        JsonNode expected = MAPPER.readTree(text);
        JsonNode read;
        try (JsonParser parser = JsonTrees.FACTORY.createParser(text)) {
            read = JsonTrees.read(parser, JsonNodeFactory.instance);
        }

        if (expected.isMissingNode()) {
            assertThat(read).isNull();
            return;
        }
        assertThat(shape(read)).isEqualTo(shape(expected));
        assertThat(JsonTrees.write(read)).isEqualTo(MAPPER.writeValueAsString(expected));
        assertThat(JsonTrees.write(read, true)).isEqualTo(INDENTING.writeValueAsString(expected));
        assertThat(JsonTrees.write(read)).isEqualTo(expected.toString());
        assertThat(JsonTrees.write(read, true)).isEqualTo(expected.toPrettyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2", "{\"a\":", "{\"a\" 1}", "[1,]", "{'a':1}", "nul", "[1 2]", "NaN", "01", "-",
        "{\"a\":1,}", "[\"a\",\n  tru]"})
    void fails_on_malformed_text_with_the_message_a_mapper_gives(String text) {
        Throwable expected = catchThrowable(() -> MAPPER.readTree(text));
        Throwable thrown = catchThrowable(() -> {
            try (JsonParser parser = JsonTrees.FACTORY.createParser(text)) {
                JsonTrees.read(parser, JsonNodeFactory.instance);
            }
        });

        assertThat(thrown).isNotNull().hasMessage(expected.getMessage()).isInstanceOf(expected.getClass());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void writes_every_kind_of_number_and_string_as_a_mapper_does(boolean indent) throws Exception {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("float", 1.5f).put("short", (short) 3).put("long", 1L << 40).put("double", 0.1)
                .put("decimal", new BigDecimal("1E+3")).put("big", BigInteger.TEN.pow(30))
                .put("text", "a\"\u0001\u2028\\").putNull("null");
        node.putArray("empty");
        node.putObject("object").putArray("nested").add(1).addObject();
        node.set("missing", MissingNode.getInstance());
        node.putArray("with missing").add(MissingNode.getInstance());

        String expected = indent ? INDENTING.writeValueAsString(node) : MAPPER.writeValueAsString(node);

        assertThat(JsonTrees.write(node, indent)).isEqualTo(expected)
                .isEqualTo(indent ? node.toPrettyString() : node.toString());
    }

    /** The node classes and values of a tree, in order. */
    private static String shape(JsonNode node) {
        StringBuilder shape = new StringBuilder(node.getClass().getSimpleName());
        if (node.isObject()) {
            shape.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                shape.append(field.getKey()).append('=').append(shape(field.getValue())).append(',');
            }
            return shape.append('}').toString();
        }
        if (node.isArray()) {
            shape.append('[');
            node.forEach(element -> shape.append(shape(element)).append(','));
            return shape.append(']').toString();
        }
        return shape.append('(').append(node).append(')').toString();
    }
}
