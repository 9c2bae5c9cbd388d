package dev.orrery.internal.intrinsics;

import static dev.orrery.internal.intrinsics.Intrinsics.evaluate;
import static dev.orrery.internal.intrinsics.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.internal.eval.EvaluationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringFunctionsTests {

    // Recorded on AWS: test_format_1 and test_format_2 (objects render as Java maps, null as null).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ""                                | Formatting argument .
            " "                               | Formatting argument  .
            "HelloWorld"                      | Formatting argument HelloWorld.
            null                              | Formatting argument null.
            1                                 | Formatting argument 1.
            1.1                               | Formatting argument 1.1.
            "{\\"Arg1\\": 1, \\"Arg2\\": []}" | Formatting argument {"Arg1": 1, "Arg2": []}.
            {"Arg1": 1, "Arg2": []}           | Formatting argument {Arg1=1, Arg2=[]}.
            [1, "a", {"b": [true, null]}]     | Formatting argument [1, a, {b=[true, null]}].
            """)
    void formats_values_as_aws_does(String value, String expected) throws Exception {
        var result = evaluate("States.Format('Formatting argument {}.', $.v)", "{\"v\":" + value + "}");
        assertThat(result.textValue()).isEqualTo(expected);
    }

    @Test
    void formats_several_values_and_context_paths() throws Exception {
        var context = EvaluationContext.of(json("{\"Execution\":{\"Name\":\"ExecArnPart_0idx\"},"
                + "\"StateMachine\":{\"Id\":\"arn:aws:states:us-east-1:123456789012:stateMachine:ArnPart_0idx\","
                + "\"Name\":\"ArnPart_0idx\"}}"));
        var result = evaluate("States.Format('Formatting arguments fst={} and snd={}.', $$.Execution.Name,"
                + " $$.StateMachine)", "{}", context);
        assertThat(result.textValue()).isEqualTo("Formatting arguments fst=ExecArnPart_0idx and snd="
                + "{Id=arn:aws:states:us-east-1:123456789012:stateMachine:ArnPart_0idx, Name=ArnPart_0idx}.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "States.Format('Hello, my name is {}.', $.name)"   | Hello, my name is Arnav.
            "States.Format($.template, $.name)"                | Hello, my name is Arnav.
            "States.Format('Hello {}, welcome to {}!', $.name, 'LocalStack')" | Hello Arnav, welcome to LocalStack!
            "States.Format('\\{\\} {} it\\'s \\\\ ok', $.name)" | {} Arnav it's \\ ok
            "States.Format('no placeholders')"                 | no placeholders
            "States.Format('{}{}', 1, true)"                    | 1true
            """)
    void formats_templates_from_literals_and_paths(String expression, String expected) throws Exception {
        var input = "{\"name\":\"Arnav\",\"template\":\"Hello, my name is {}.\"}";
        assertThat(evaluate(expression, input).textValue()).isEqualTo(expected);
    }

    @Test
    void splits_on_every_delimiter_character_and_drops_empty_tokens_as_recorded() throws Exception {
        // Recorded on AWS: test_string_split_context_object.
        String text = "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";
        var input = Intrinsics.MAPPER.createObjectNode().put("s", text).toString();
        assertThat(evaluate("States.StringSplit($.s, ',')", input)).isEqualTo(json("[\"Value1\",\"Value2\","
                + "\"Value3\\nValue4\",\"Value5\",\"Value6\\n\",\"\\ntrue\",\"1\",\"'HelloWorld'\\nNull\",\"None\","
                + "\"\\n   \\n\"]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            States.StringSplit($.s, ',')                  | {"s":"a,b,c,d,e"}   | ["a","b","c","d","e"]
            States.StringSplit('1,2,3,4,5', ',')          | {}                  | ["1","2","3","4","5"]
            States.StringSplit('This.is+a,test=string', '.+,=') | {}           | ["This","is","a","test","string"]
            States.ArrayGetItem(States.StringSplit($.n, '-'), 0) | {"n":"ArnPart_0idx"} | "ArnPart_0idx"
            """)
    void splits_strings(String expression, String input, String expected) throws Exception {
        assertThat(evaluate(expression, input)).isEqualTo(json(expected));
    }

    @Test
    void splits_on_a_newline_written_in_the_definition() throws Exception {
        // Recorded on AWS: test_escape_sequence (the JSON definition holds real newline characters).
        assertThat(evaluate("States.StringSplit('Hello\nWorld', '\n')", "{}")).isEqualTo(json("[\"Hello\",\"World\"]"));
    }

    @Test
    void makes_version_4_uuids_from_the_execution_random_source() throws Exception {
        var first = evaluate("States.UUID()", "{}", EvaluationContext.of(json("{}"))).textValue();
        var again = evaluate("States.UUID()", "{}", EvaluationContext.of(json("{}"))).textValue();
        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(again).isEqualTo(first);
    }
}
