package dev.orrery.internal.jsonata;

import static dev.orrery.internal.jsonata.Json.bindings;
import static dev.orrery.internal.jsonata.Json.context;
import static dev.orrery.internal.jsonata.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.StatesException;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepFunctionsLibraryTests {

    private static JsonNode eval(String expression, String input) throws Exception {
        return JsonataExpression.compileDelimited(expression).evaluate(bindings(input), "Output");
    }

    private static String failure(String expression) throws Exception {
        JsonataExpression compiled = JsonataExpression.compileDelimited(expression);
        try {
            compiled.evaluate(bindings("{}"), "Output");
        } catch (StatesException e) {
            return e.cause();
        }
        throw new AssertionError("no failure");
    }

    @Test
    void partition_splits_an_array_into_chunks() throws Exception {
        assertThat(eval("{% $partition([1,2,3,4,5,6,7,8,9], 3) %}", "{}"))
                .isEqualTo(json("[[1,2,3],[4,5,6],[7,8,9]]"));
        assertThat(eval("{% $partition([1,2,3,4,5], 2) %}", "{}")).isEqualTo(json("[[1,2],[3,4],[5]]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|9|3|[0,3,6,9]",
        "0|10|3|[0,3,6,9]",
        "1|9|9|1",
        "1|9|2|[1,3,5,7,9]",
        "0|10|2|[0,2,4,6,8,10]",
        "5|1|-2|[5,3,1]"})
    void range_includes_the_end_as_recorded_on_aws(int start, int end, int step, String expected) throws Exception {
        String input = "{'FunctionInput':{'fst':" + start + ",'snd':" + end + ",'trd':" + step + "}}";
        assertThat(eval("{% $range($states.input.FunctionInput.fst, $states.input.FunctionInput.snd, "
                + "$states.input.FunctionInput.trd) %}", input)).isEqualTo(json(expected));
    }

    @Test
    void hash_matches_the_recorded_sha_256() throws Exception {
        assertThat(eval("{% $hash('Hash this string', 'SHA-256') %}", "{}").textValue())
                .isEqualTo("1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e");
    }

    @ParameterizedTest
    @CsvSource({"MD5,32", "SHA-1,40", "SHA-256,64", "SHA-384,96", "SHA-512,128"})
    void hash_supports_the_five_algorithms(String algorithm, int hexLength) throws Exception {
        assertThat(eval("{% $hash('x', '" + algorithm + "') %}", "{}").textValue()).hasSize(hexLength);
    }

    @Test
    void hash_rejects_an_unknown_algorithm() throws Exception {
        assertThat(failure("{% $hash('x', 'SHA-999') %}")).contains("threw an error during evaluation");
    }

    @Test
    void random_draws_from_the_execution_seed() throws Exception {
        JsonataExpression random = JsonataExpression.compileDelimited("{% $random() %}");
        double first = random.evaluate(JsonataBindings.of(json("{}"), context(Map.of())), "Output").doubleValue();
        double again = random.evaluate(JsonataBindings.of(json("{}"), context(Map.of())), "Output").doubleValue();
        assertThat(first).isEqualTo(again).isEqualTo(new SplittableRandom(7L).nextDouble());
        assertThat(first).isBetween(0.0, 1.0);
    }

    @Test
    void random_with_a_seed_repeats() throws Exception {
        JsonNode first = eval("{% $random(42) %}", "{}");
        assertThat(eval("{% $random(42) %}", "{}")).isEqualTo(first);
        assertThat(first.doubleValue()).isEqualTo(new SplittableRandom(42L).nextDouble());
    }

    @Test
    void uuid_is_a_version_4_uuid_from_the_execution_seed() throws Exception {
        String uuid = eval("{% $uuid() %}", "{}").textValue();
        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(eval("{% $uuid() %}", "{}").textValue()).isEqualTo(uuid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-0|0", "1|1", "1.1|1.1", "true|true", "'\"HelloWorld\"'|\"HelloWorld\"",
        "'[1, 2, \"HelloWorld\"]'|[1,2,\"HelloWorld\"]", "'{\"Arg1\": 1, \"Arg2\": []}'|{\"Arg1\":1,\"Arg2\":[]}"})
    void parse_reads_json_text_as_recorded_on_aws(String text, String expected) throws Exception {
        JsonNode input = json("{}").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) input).put("FunctionInput", text);
        JsonNode value = JsonataExpression.compileDelimited("{% $parse($states.input.FunctionInput) %}")
                .evaluate(JsonataBindings.of(input, context(Map.of())), "Output");
        assertThat(value.toString()).isEqualTo(expected);
    }

    @Test
    void parse_rejects_invalid_json() throws Exception {
        assertThat(failure("{% $parse('{') %}")).contains("threw an error during evaluation");
    }

    @Test
    void now_and_millis_read_the_virtual_clock() throws Exception {
        assertThat(eval("{% $now() %}", "{}").textValue()).isEqualTo("2024-01-02T03:04:05.678Z");
        assertThat(eval("{% $millis() %}", "{}").longValue()).isEqualTo(1704164645678L);
    }

    @Test
    void functions_check_their_arguments() throws Exception {
        assertThat(failure("{% $partition([1], 0) %}")).contains("threw an error during evaluation");
        assertThat(failure("{% $range(1, 2, 0) %}")).contains("threw an error during evaluation");
        assertThat(failure("{% $range(1.5, 2, 1) %}")).contains("threw an error during evaluation");
        assertThatThrownBy(() -> eval("{% $partition() %}", "{}")).isInstanceOf(StatesException.class);
    }
}
