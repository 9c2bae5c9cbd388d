package dev.orrery.internal.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A law: on every simple path ({@code .name}, {@code ['name']}, {@code ["name"]}, {@code [index]} and chains of
 * them) the fast evaluators select exactly what Jayway json-path selects, on generated documents and paths (seeded,
 * so every run checks the same cases).
 */
class FastPathAgreesWithJaywayTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> KEYS = List.of("a", "b", "items", "x_1", "a b", "a-b", "ü", "名前", "$x",
            "with.dot", "0", "");
    private static final int CASES_PER_SEED = 200;

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void the_fast_path_and_json_path_select_the_same_value(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            JsonNode document = value(random, 3);
            String path = path(random, document);
            PathEvaluator fast = PathParser.parse(path);
            assertThat(fast).as("fast evaluator for %s", path).isNotNull();
            JsonNode jayway = new JaywayPath(JsonPath.compile(path), path).evaluate(document);

            assertThat(fast.evaluate(document)).as("%s on %s", path, document).isEqualTo(jayway);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void selecting_never_changes_the_document(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            JsonNode document = value(random, 3);
            JsonNode before = document.deepCopy();
            String path = path(random, document);

            PathParser.parse(path).evaluate(document);

            assertThat(document).as(path).isEqualTo(before);
        }
    }

    /** A path that mostly follows the document, sometimes leaves it (a missing key, an index out of range). */
    private static String path(SplittableRandom random, JsonNode document) {
        StringBuilder path = new StringBuilder("$");
        JsonNode current = document;
        int steps = random.nextInt(4);
        for (int i = 0; i < steps; i++) {
            if (current != null && current.isArray() && random.nextInt(5) > 0) {
                int size = Math.max(current.size(), 1);
                int index = random.nextInt(-size - 1, size + 2);
                path.append('[').append(index).append(']');
                current = current.get(index < 0 ? current.size() + index : index);
            } else {
                String key = current != null && current.isObject() && current.size() > 0 && random.nextInt(4) > 0
                        ? current.fieldNames().next() : KEYS.get(random.nextInt(KEYS.size()));
                path.append(step(random, key));
                current = current == null ? null : current.get(key);
            }
        }
        return path.toString();
    }

    private static String step(SplittableRandom random, String key) {
        boolean plain = key.matches("[A-Za-z_][A-Za-z0-9_]*");
        return switch (plain ? random.nextInt(3) : 1 + random.nextInt(2)) {
            case 0 -> "." + key;
            case 1 -> "['" + key + "']";
            default -> "[\"" + key + "\"]";
        };
    }

    private static JsonNode value(SplittableRandom random, int depth) {
        int kind = depth == 0 ? random.nextInt(5) : random.nextInt(7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(-5, 100));
            case 2 -> NODES.textNode(KEYS.get(random.nextInt(KEYS.size())));
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.numberNode(random.nextInt(1000) / 8.0);
            case 5 -> object(random, depth);
            default -> array(random, depth);
        };
    }

    private static ObjectNode object(SplittableRandom random, int depth) {
        ObjectNode object = NODES.objectNode();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            object.set(KEYS.get(random.nextInt(KEYS.size())), value(random, depth - 1));
        }
        return object;
    }

    private static ArrayNode array(SplittableRandom random, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            array.add(value(random, depth - 1));
        }
        return array;
    }
}
