package dev.orrery.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallFieldMapTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void an_object_on_it_behaves_as_one_on_jacksons_map_under_random_edits(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        ObjectNode small = random.nextBoolean() ? SmallFieldMap.objectNode(random.nextInt(4))
                : SmallFieldMap.objectNode(SmallFieldMap.Shape.of("k1", "k2", "k3", "k4"));
        ObjectNode sameShape = SmallFieldMap.objectNode(SmallFieldMap.Shape.of("k1", "k2", "k3", "k4"));
        sameShape.put("k1", 1).put("k2", 2);
        ObjectNode usual = JsonNodeFactory.instance.objectNode();
        for (int step = 0; step < 200; step++) {
            String key = "k" + random.nextInt(12);
            JsonNode value = JsonNodeFactory.instance.numberNode(random.nextInt(100));
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> assertThat(small.replace(key, value)).isEqualTo(usual.replace(key, value));
                case 3 -> assertThat(small.remove(key)).isEqualTo(usual.remove(key));
                case 4 -> {
                    removeEvenValues(small);
                    removeEvenValues(usual);
                }
                default -> {
                    List<String> kept = List.of("k1", "k2", "k3");
                    small.retain(kept);
                    usual.retain(kept);
                }
            }
            assertThat(MAPPER.writeValueAsString(small)).isEqualTo(MAPPER.writeValueAsString(usual));
            assertThat(small).isEqualTo(usual);
            assertThat(usual).isEqualTo(small);
            assertThat(small.hashCode()).isEqualTo(usual.hashCode());
            assertThat(small.size()).isEqualTo(usual.size());
            assertThat(small.get(key)).isEqualTo(usual.get(key));
            assertThat(small.has(key)).isEqualTo(usual.has(key));
            assertThat(names(small)).isEqualTo(names(usual));
            assertThat(small.deepCopy()).isEqualTo(usual);
            assertThat(small.toString()).isEqualTo(usual.toString());
        }
        assertThat(sameShape.toString()).as("an object sharing the shape is unchanged").isEqualTo("{\"k1\":1,\"k2\":2}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"k1,k2,k3", "k1,k2", "k2,k1", "k1,x,k3", "x", "k1,k2,k3,k4", ""})
    void objects_sharing_a_shape_never_see_each_others_keys(String order) {
        SmallFieldMap.Shape shape = SmallFieldMap.Shape.of("k1", "k2", "k3");
        ObjectNode first = SmallFieldMap.objectNode(shape);
        ObjectNode second = SmallFieldMap.objectNode(shape);
        ObjectNode usual = JsonNodeFactory.instance.objectNode();
        for (String key : order.isEmpty() ? new String[0] : order.split(",")) {
            first.put(key, key);
            usual.put(key, key);
        }
        second.put("k1", 1).put("k2", 2).put("k3", 3);
        first.remove("k2");
        usual.remove("k2");

        assertThat(first.toString()).isEqualTo(usual.toString());
        assertThat(second.toString()).isEqualTo("{\"k1\":1,\"k2\":2,\"k3\":3}");
        assertThat(SmallFieldMap.objectNode(shape).put("k1", 0).toString()).isEqualTo("{\"k1\":0}");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 8, 9, 20})
    void a_copy_or_a_put_all_holds_the_same_fields_in_the_same_order(int fields) throws Exception {
        ObjectNode usual = JsonNodeFactory.instance.objectNode();
        for (int i = fields; i > 0; i--) {
            usual.put("f" + i, i);
        }
        ObjectNode copy = SmallFieldMap.copyOf(usual, value -> value, 1);
        ObjectNode filled = SmallFieldMap.objectNode(2);
        filled.setAll(usual);
        ObjectNode added = SmallFieldMap.objectNode(2).put("f1", "first");
        added.setAll(usual);

        for (ObjectNode node : List.of(copy, filled)) {
            assertThat(MAPPER.writeValueAsString(node)).isEqualTo(MAPPER.writeValueAsString(usual));
            assertThat(names(node)).isEqualTo(names(usual));
            assertThat(node).isEqualTo(usual);
        }
        assertThat(copy.put("extra", 0).size()).isEqualTo(fields + 1);
        assertThat(usual.size()).as("the source is unchanged").isEqualTo(fields);
        assertThat(added).isEqualTo(fields == 0 ? JsonNodeFactory.instance.objectNode().put("f1", "first") : usual);
    }

    @Test
    void a_shape_with_a_key_given_twice_is_refused() {
        assertThatThrownBy(() -> SmallFieldMap.Shape.of("a", "b", "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
    }

    private static void removeEvenValues(ObjectNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            if (it.next().getValue().intValue() % 2 == 0) {
                it.remove();
            }
        }
    }

    private static List<String> names(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
