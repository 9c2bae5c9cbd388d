package dev.orrery.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadLimitTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "null", "-1.5e300", "12345678901234567890123",
        "{\"a\":[1,true,null,\"x\\\"y\"],\"é\":{\"\\u0001\":\"日本\"}}", "\"\\ud83d\\ude00\""})
    void the_upper_bound_is_never_below_the_exact_size(String json) throws Exception {
        JsonNode node = MAPPER.readTree(json);

        long exact = MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8).length;

        assertThat(PayloadLimit.exactBytes(node)).isEqualTo(exact);
        assertThat(new PayloadSizes().bound(node)).isGreaterThanOrEqualTo(exact);
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
}
