package dev.orrery.internal.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the intrinsic functions, checked on generated values (seeded, so every run checks the same cases):
 * {@code States.StringToJson(States.JsonToString(x)) == x}, {@code States.Base64Decode(States.Base64Encode(s)) == s},
 * and no function changes its input.
 */
class IntrinsicLawsTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TEXTS = List.of("", "a", "with \"quotes\"", "back\\slash", "tab\tnew\nline",
            "ü é ß", "名前", "emoji 😀", "{not json", "\u0000\u001f", "'single'", "$.path", "States.Format('{}')",
            "{}", "\\u0041");
    private static final int CASES_PER_SEED = 100;
    private static final EvaluationContext CONTEXT = EvaluationContext.of(NODES.objectNode());

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void string_to_json_undoes_json_to_string(long seed) throws ExpressionSyntaxException {
        IntrinsicFunctions.Expression roundTrip = IntrinsicFunctions.compile("States.StringToJson(States.JsonToString($.v))");
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            // as parsed from JSON text, the way every document reaches a state
            JsonNode value = Intrinsics.json(value(random, 3).toString());
            ObjectNode input = NODES.objectNode().set("v", value);
            JsonNode before = input.deepCopy();

            assertThat(roundTrip.evaluate(input, CONTEXT)).as("%s", value).isEqualTo(value);
            assertThat(input).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void base64_decode_undoes_base64_encode(long seed) throws ExpressionSyntaxException {
        IntrinsicFunctions.Expression roundTrip = IntrinsicFunctions.compile("States.Base64Decode(States.Base64Encode($.s))");
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            String text = text(random);
            ObjectNode input = NODES.objectNode().put("s", text);

            assertThat(roundTrip.evaluate(input, CONTEXT)).as("%s", text).isEqualTo(NODES.textNode(text));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void array_length_counts_the_arguments_of_states_array(long seed) throws ExpressionSyntaxException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            int count = random.nextInt(6);
            ObjectNode input = NODES.objectNode();
            StringBuilder call = new StringBuilder("States.ArrayLength(States.Array(");
            for (int a = 0; a < count; a++) {
                input.set("v" + a, value(random, 2));
                call.append(a == 0 ? "" : ", ").append("$.v").append(a);
            }
            JsonNode length = IntrinsicFunctions.compile(call.append("))").toString()).evaluate(input, CONTEXT);

            assertThat(length).isEqualTo(NODES.numberNode(count));
        }
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            text.append(TEXTS.get(random.nextInt(TEXTS.size())));
        }
        return text.toString();
    }

    private static JsonNode value(SplittableRandom random, int depth) {
        int kind = depth == 0 ? random.nextInt(6) : random.nextInt(8);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L));
            case 2 -> NODES.textNode(text(random));
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.numberNode(random.nextInt(100_000) / 16.0);
            case 5 -> NODES.numberNode(random.nextInt(-1000, 1000));
            case 6 -> object(random, depth);
            default -> array(random, depth);
        };
    }

    private static ObjectNode object(SplittableRandom random, int depth) {
        ObjectNode object = NODES.objectNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            object.set(text(random), value(random, depth - 1));
        }
        return object;
    }

    private static ArrayNode array(SplittableRandom random, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            array.add(value(random, depth - 1));
        }
        return array;
    }
}
