package dev.orrery.fidelity;

import static dev.orrery.fidelity.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of "Intrinsic functions" in {@code docs/fidelity.md}: every function through a Pass state's
 * {@code Parameters}, on edge inputs (empty strings, escapes, unicode, nested calls) and on argument errors.
 */
class IntrinsicFunctionRulesTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The definition {@code {"v.$": expression}} in a Pass state's Parameters, built as JSON so nothing is quoted. */
    private static String definition(String expression) {
        ObjectNode parameters = NODES.objectNode().put("v.$", expression);
        ObjectNode state = NODES.objectNode().put("Type", "Pass").put("End", true);
        state.set("Parameters", parameters);
        ObjectNode root = NODES.objectNode().put("StartAt", "S");
        root.putObject("States").set("S", state);
        return root.toString();
    }

    private static Execution call(String expression, String input) {
        return StateMachineRunner.create(AslParser.parse(definition(expression)).orThrow(), TaskMocks.none())
                .run(json(input));
    }

    private static JsonNode value(String expression, String input) {
        Execution execution = call(expression, input);
        assertThat(execution.status()).as("%s: %s %s", expression, execution.error(), execution.cause())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        return execution.output().get("v");
    }

    private static JsonNode raw(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    // Rows: expression | input | expected output, input and output in plain JSON (no quote replaced)
    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # States.Format: {} placeholders in order; strings bare, other values as AWS renders them
            States.Format('Hello, {}!', $.s)                 | {"s": "ü 名"}                         | "Hello, ü 名!"
            States.Format('{} {} {} {}', $.n, $.b, $.o, $.a)  | {"n": 1.5, "b": true, "o": {"a": [1]}, "a": [1, "x"]} | "1.5 true {a=[1]} [1, x]"
            States.Format('')                                | {}                                    | ""
            States.Format('\\{\\} \\\\ \\' {}', $.s)        | {"s": "x"}                            | "{} \\\\ ' x"
            States.Format('{}', $.e)                         | {"e": ""}                             | ""
            States.Format('{}', $.nul)                       | {"nul": null}                         | "null"
            States.Format($.t, $.s)                          | {"t": "{}-{}", "s": "x"}              | "IntrinsicFailure"
            # States.StringToJson and States.JsonToString
            States.StringToJson($.s)                         | {"s": "{\\"a\\":\\"ü\\\\u00e9\\"}"}     | {"a": "üé"}
            States.StringToJson($.s)                         | {"s": " 42 "}                         | 42
            States.StringToJson($.s)                         | {"s": ""}                             | "IntrinsicFailure"
            States.JsonToString($.o)                         | {"o": {"k": "a\\"b", "u": "ü"}}       | "{\\"k\\":\\"a\\\\\\"b\\",\\"u\\":\\"ü\\"}"
            States.JsonToString($.e)                         | {"e": ""}                             | "\\"\\""
            States.JsonToString($.n)                         | {"n": 1.50}                           | "1.5"
            # States.Array
            States.Array()                                   | {}                                    | []
            States.Array($.a, 'x', 1, true, null)            | {"a": {"b": 1}}                       | [{"b": 1}, "x", 1, true, null]
            # States.ArrayPartition
            States.ArrayPartition($.a, 2)                    | {"a": [1, 2, 3, 4, 5]}                | [[1, 2], [3, 4], [5]]
            States.ArrayPartition($.a, 9)                    | {"a": []}                             | []
            States.ArrayPartition($.a, $.n)                  | {"a": [1], "n": 0}                    | "IntrinsicFailure"
            # States.ArrayContains: JSON equality; an integer never equals a decimal
            States.ArrayContains($.a, $.v)                   | {"a": [1, {"k": [2]}], "v": {"k": [2]}} | true
            States.ArrayContains($.a, 1)                     | {"a": [1.0]}                          | false
            States.ArrayContains($.a, '1')                   | {"a": [1]}                            | false
            # States.ArrayRange: both ends inclusive, at most 1000 items
            States.ArrayRange(1, 9, 2)                       | {}                                    | [1, 3, 5, 7, 9]
            States.ArrayRange(5, 1, -2)                      | {}                                    | [5, 3, 1]
            States.ArrayRange(1, 5, -1)                      | {}                                    | []
            States.ArrayRange(0, $.n, 1)                     | {"n": 1000}                           | "IntrinsicFailure"
            # States.ArrayGetItem and States.ArrayLength
            States.ArrayGetItem($.a, 1)                      | {"a": ["x", "y"]}                     | "y"
            States.ArrayGetItem($.a, 5)                      | {"a": [1]}                            | "IntrinsicFailure"
            States.ArrayLength($.a)                          | {"a": []}                             | 0
            States.ArrayLength($.s)                          | {"s": "text"}                         | "IntrinsicFailure"
            # States.ArrayUnique keeps the first of equal values, in order
            States.ArrayUnique($.a)                          | {"a": [1, 2, 1, "a", {"x": 1}, {"x": 1}]} | [1, 2, "a", {"x": 1}]
            # States.Base64Encode and States.Base64Decode: UTF-8 text
            States.Base64Encode($.s)                         | {"s": "Data to encode"}               | "RGF0YSB0byBlbmNvZGU="
            States.Base64Encode($.s)                         | {"s": ""}                             | ""
            States.Base64Encode($.s)                         | {"s": "ü😀"}                           | "w7zwn5iA"
            States.Base64Decode($.s)                         | {"s": "w7zwn5iA"}                     | "ü😀"
            States.Base64Decode($.s)                         | {"s": "%%%"}                          | "IntrinsicFailure"
            # States.Hash: hex digest of the UTF-8 text
            States.Hash($.s, 'SHA-1')                        | {"s": "input data"}                   | "aaff4a450a104cd177d28d18d74485e8cae074b7"
            States.Hash($.s, 'MD5')                          | {"s": ""}                             | "d41d8cd98f00b204e9800998ecf8427e"
            States.Hash($.s, $.alg)                          | {"s": "x", "alg": "SHA-3"}            | "IntrinsicFailure"
            # States.JsonMerge: shallow, the right object wins; deep merging is not supported
            States.JsonMerge($.a, $.b, false)                | {"a": {"x": {"p": 1}, "y": 1}, "b": {"x": {"q": 2}}} | {"x": {"q": 2}, "y": 1}
            States.JsonMerge($.a, $.b, $.deep)               | {"a": {}, "b": {}, "deep": true}      | "IntrinsicFailure"
            # States.MathAdd: integers; a decimal is rounded half up (recorded on AWS)
            States.MathAdd($.n, -1)                          | {"n": 111}                            | 110
            States.MathAdd(2147483646, 1)                    | {}                                    | 2147483647
            States.MathAdd($.n, 1)                           | {"n": 1.5}                            | 3
            States.MathAdd($.n, 1)                           | {"n": 2147483648}                     | "IntrinsicFailure"
            # States.StringSplit: every character of the delimiter splits; empty parts are dropped
            States.StringSplit($.s, ',')                     | {"s": "1,2,3"}                        | ["1", "2", "3"]
            States.StringSplit($.s, ', ')                    | {"s": "a, b,c"}                       | ["a", "b", "c"]
            States.StringSplit($.s, ',')                     | {"s": ""}                             | []
            States.StringSplit($.s, '+')                     | {"s": "ü+名"}                          | ["ü", "名"]
            States.StringSplit($.n, ',')                     | {"n": 1}                              | "IntrinsicFailure"
            # nested calls, and paths to the Context object
            States.ArrayLength(States.StringSplit(States.Format('{},{}', $.a, $$.State.Name), ','))  | {"a": "x"} | 2
            States.ArrayGetItem(States.Array(States.MathAdd(1, 1), 'b'), 0)                          | {}         | 2
            """)
    void each_function_returns_what_the_documentation_says(String expression, String input, String expected) {
        Execution execution = StateMachineRunner.create(AslParser.parse(definition(expression.strip())).orThrow(),
                TaskMocks.none()).run(raw(input));

        if (expected.equals("\"IntrinsicFailure\"")) {
            assertThat(execution.error()).as(expression).isEqualTo("States.IntrinsicFailure");
            assertThat(execution.cause()).contains("Invalid arguments in States.");
        } else {
            assertThat(execution.status()).as("%s: %s %s", expression, execution.error(), execution.cause())
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output().get("v")).isEqualTo(raw(expected));
        }
    }

    @Test
    void states_math_random_returns_an_integer_from_start_inclusive_to_end_exclusive() {
        for (int seed = 0; seed < 20; seed++) {
            JsonNode random = value("States.MathRandom(1, 3, " + seed + ")", "{}");
            assertThat(random.isInt()).isTrue();
            assertThat(random.intValue()).isBetween(1, 2);
        }
    }

    @Test
    void states_uuid_returns_a_version_4_uuid() {
        assertThat(value("States.UUID()", "{}").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void an_argument_path_that_finds_nothing_fails_with_states_runtime() {
        assertThat(call("States.Array($.missing)", "{}").error()).isEqualTo("States.Runtime");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "States.Nope($.a)",
        "States.Format('unterminated)",
        "States.UUID(1)",
        "States.MathRandom(1)",
        "States.JsonMerge($.a, $.b)",
        "States.ArrayRange(1, 2, 0)",
        "States.Format('a { b', 1)",
        "States.Format('{} {}', 'x')",
        "States.Hash('x', 'SHA-3')",
        "States.JsonMerge($.a, $.b, true)",
        "States.ArrayPartition($.a, 0)"})
    void a_malformed_call_or_a_bad_literal_argument_is_a_definition_error(String expression) {
        ParseResult parsed = AslParser.parse(definition(expression));

        assertThat(parsed.errors()).anyMatch(e -> e.location().startsWith("/States/S/Parameters"));
    }

    @Test
    void a_function_outside_a_dollar_field_is_a_plain_string() {
        Execution execution = StateMachineRunner.create(AslParser.parse(
                "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\", \"End\": true, "
                        + "\"Parameters\": {\"v\": \"States.UUID()\"}}}}").orThrow(), TaskMocks.none())
                .run(json("{}"));

        assertThat(execution.output()).isEqualTo(json("{'v': 'States.UUID()'}"));
    }

    @Test
    void intrinsic_functions_work_in_result_selector_and_item_selector_too() {
        Execution execution = StateMachineRunner.create(AslParser.parse("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemsPath": "$.a",
                  "ItemSelector": {"v.$": "States.Format('item {}', $$.Map.Item.Value)"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""")
                .orThrow(), TaskMocks.none()).run(json("{'a': [1, 2]}"));

        assertThat(execution.output()).isEqualTo(json("[{'v': 'item 1'}, {'v': 'item 2'}]"));
    }
}
