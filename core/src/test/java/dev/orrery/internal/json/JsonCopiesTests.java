package dev.orrery.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonCopiesTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void a_copy_equals_jacksons_deep_copy_and_serialises_the_same() throws Exception {
        JsonNode source = MAPPER.readTree("""
                {"z": 1, "a": [1, {"b": null, "c": [true, 1.5, "x"]}], "m": {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5,
                 "6": 6, "7": 7, "8": 8, "9": {"deep": {}}}, "e": [], "s": "\\u00e9"}""");

        JsonNode copy = JsonCopies.deepCopy(source);

        assertThat(copy).isEqualTo(source.deepCopy());
        assertThat(MAPPER.writeValueAsString(copy)).isEqualTo(MAPPER.writeValueAsString(source));
        assertThat(copy.toString()).isEqualTo(source.toString());
        assertThat(JsonCopies.deepCopy(MAPPER.readTree("7"))).isEqualTo(MAPPER.readTree("7"));
    }

    @Test
    void a_copy_shares_no_object_or_array_with_its_source() throws Exception {
        ObjectNode source = (ObjectNode) MAPPER.readTree("{\"a\": {\"b\": [1]}, \"c\": 2}");

        ObjectNode copy = (ObjectNode) JsonCopies.deepCopy(source);
        ((ArrayNode) copy.get("a").get("b")).add(2);
        ((ObjectNode) copy.get("a")).put("x", 1);
        copy.remove("c");

        assertThat(source).isEqualTo(MAPPER.readTree("{\"a\": {\"b\": [1]}, \"c\": 2}"));
    }
}
