package dev.orrery.internal.dataflow;

import static dev.orrery.internal.dataflow.DataflowJson.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A law: evaluating a payload template never changes its input or the template, whatever paths and intrinsic
 * functions it uses (generated, seeded, so every run checks the same cases), and two evaluations give equal results.
 */
class PayloadTemplateLawsTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> BINDINGS = List.of("$", "$.a", "$.o", "$.arr", "$.arr[0]", "$.arr[-1]",
            "$.arr[*]", "$..x", "$.arr[1:]", "$.o.x", "$.missing.x", "$$.Execution.Input", "$.arr.length()",
            "$.arr.append(9)", "$.o.keys()", "$['o']['x']", "$.arr[?(@ > 1)]",
            "States.Array($.a, $.o, $.arr)", "States.JsonMerge($.o, $.p, false)", "States.ArrayUnique($.arr)",
            "States.ArrayPartition($.arr, 2)", "States.JsonToString($)", "States.StringToJson(States.JsonToString($.o))",
            "States.Format('{} and {}', $.a, $.s)", "States.ArrayGetItem($.arr, 0)", "States.ArrayContains($.arr, 1)",
            "States.ArrayRange(1, 5, 2)", "States.StringSplit($.s, ',')", "States.Base64Encode($.s)",
            "States.Hash($.s, 'SHA-256')", "States.MathAdd($.a, 1)", "States.ArrayLength($.arr)");
    private static final int CASES_PER_SEED = 100;

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void evaluating_a_template_never_changes_its_input_or_the_template(long seed) throws ExpressionSyntaxException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            ObjectNode input = input(random);
            JsonNode template = template(random, 2);
            JsonNode inputBefore = input.deepCopy();
            JsonNode templateBefore = template.deepCopy();
            PayloadTemplate compiled = PayloadTemplate.compile(template, "Parameters");

            JsonNode first = evaluate(compiled, input);
            JsonNode second = evaluate(compiled, input);

            assertThat(input).as("input of %s", template).isEqualTo(inputBefore);
            assertThat(template).isEqualTo(templateBefore);
            assertThat(second).as("second evaluation of %s", template).isEqualTo(first);
        }
    }

    private static JsonNode evaluate(PayloadTemplate compiled, JsonNode input) {
        try {
            return compiled.evaluate(input, CONTEXT);
        } catch (StatesException e) {
            // a path that finds nothing or a function's argument error: the input must still be unchanged
            return NODES.textNode(e.error());
        }
    }

    private static ObjectNode input(SplittableRandom random) {
        ObjectNode input = NODES.objectNode();
        input.put("a", random.nextInt(-3, 10));
        input.put("s", random.nextBoolean() ? "x,y,z" : "ü,名,😀");
        ArrayNode arr = input.putArray("arr");
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            arr.add(random.nextInt(4));
        }
        input.putObject("o").put("x", random.nextInt(3)).putObject("nested").put("x", "deep");
        input.putObject("p").put("y", true);
        return input;
    }

    private static JsonNode template(SplittableRandom random, int depth) {
        ObjectNode template = NODES.objectNode();
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            int kind = random.nextInt(depth == 0 ? 2 : 4);
            switch (kind) {
                case 0 -> template.put("k" + i + ".$", BINDINGS.get(random.nextInt(BINDINGS.size())));
                case 1 -> template.put("c" + i, "constant $.a");
                case 2 -> template.set("o" + i, template(random, depth - 1));
                default -> template.putArray("l" + i).add(template(random, depth - 1)).add(i);
            }
        }
        return template;
    }
}
