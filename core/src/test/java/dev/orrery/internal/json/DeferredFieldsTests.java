package dev.orrery.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredFieldsTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode sample() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("b", 1).put("a", "x").putObject("c").put("d", true);
        return node;
    }

    @Test
    void makes_the_object_only_when_it_is_first_read_and_only_once() {
        AtomicInteger made = new AtomicInteger();
        ObjectNode deferred = DeferredFields.objectNode(() -> {
            made.incrementAndGet();
            return sample();
        });
        assertThat(made).hasValue(0);
        assertThat(deferred.get("a").asText()).isEqualTo("x");
        assertThat(deferred.size()).isEqualTo(3);
        assertThat(made).hasValue(1);
    }

    @Test
    void reads_serialises_compares_and_copies_as_the_object_it_stands_for() throws Exception {
        ObjectNode usual = sample();
        ObjectNode deferred = DeferredFields.objectNode(DeferredFieldsTests::sample);
        assertThat(MAPPER.writeValueAsString(deferred)).isEqualTo(MAPPER.writeValueAsString(usual));
        assertThat(deferred).isEqualTo(usual);
        assertThat(usual).isEqualTo(deferred);
        assertThat(deferred.hashCode()).isEqualTo(usual.hashCode());
        assertThat(deferred.deepCopy()).isEqualTo(usual);
        assertThat(deferred.toString()).isEqualTo(usual.toString());
        assertThat(deferred.at("/c/d").asBoolean()).isTrue();
        assertThat(deferred.has("b")).isTrue();
        assertThat(deferred.has("z")).isFalse();
        assertThat(deferred.get("z")).isNull();
        assertThat(names(deferred)).containsExactly("b", "a", "c");
    }

    @Test
    void takes_edits_as_the_object_it_stands_for() {
        ObjectNode usual = sample();
        ObjectNode deferred = DeferredFields.objectNode(DeferredFieldsTests::sample);
        for (ObjectNode node : List.of(usual, deferred)) {
            node.put("a", "y");
            node.remove("b");
            node.put("e", 2);
        }
        assertThat(deferred).isEqualTo(usual);
        assertThat(names(deferred)).isEqualTo(names(usual));
        deferred.removeAll();
        assertThat(deferred.isEmpty()).isTrue();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
