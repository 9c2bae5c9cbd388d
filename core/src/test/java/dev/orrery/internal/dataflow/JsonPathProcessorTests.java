package dev.orrery.internal.dataflow;

import static dev.orrery.internal.dataflow.DataflowJson.CONTEXT;
import static dev.orrery.internal.dataflow.DataflowJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.model.InputOutput;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathProcessorTests {

    private static final JsonNode INPUT = json("{`comment`:`test`,`details`:{`who`:`AWS`},`list`:[1,2,3]}");

    private static JsonPathProcessor processor(@Nullable String inputPath, @Nullable String parameters,
            @Nullable String resultSelector, @Nullable String resultPath, @Nullable String outputPath)
            throws ExpressionSyntaxException {
        return JsonPathProcessor.compile(new InputOutput(inputPath, parameters == null ? null : json(parameters),
                resultSelector == null ? null : json(resultSelector), resultPath, outputPath, null, null, null));
    }

    @Test
    void passes_input_and_result_through_by_default() throws ExpressionSyntaxException {
        JsonPathProcessor processor = JsonPathProcessor.compile(InputOutput.DEFAULT);
        JsonNode result = json("{`r`:1}");

        assertThat(processor.effectiveInput(INPUT, CONTEXT)).isSameAs(INPUT);
        assertThat(processor.output(INPUT, result, CONTEXT)).isSameAs(result);
    }

    @Test
    void applies_input_path_then_parameters() throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor("$.details", "{`greeting.$`:`$.who`,`fixed`:1}", null, "$", "$");

        assertThat(processor.effectiveInput(INPUT, CONTEXT)).isEqualTo(json("{`greeting`:`AWS`,`fixed`:1}"));
    }

    @Test
    void applies_result_selector_then_result_path_then_output_path() throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor("$", null, "{`value.$`:`$.Payload.v`}", "$.taskResult",
                "$.taskResult");
        JsonNode result = json("{`Payload`:{`v`:42},`StatusCode`:200}");

        assertThat(processor.output(INPUT, result, CONTEXT)).isEqualTo(json("{`value`:42}"));
    }

    @Test
    void merges_the_result_into_the_raw_input_not_the_effective_input() throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor("$.details", null, null, "$.result", "$");

        JsonNode output = processor.output(INPUT, json("1"), CONTEXT);

        assertThat(output).isEqualTo(json("{`comment`:`test`,`details`:{`who`:`AWS`},`list`:[1,2,3],`result`:1}"));
    }

    @Test
    void gives_an_empty_object_for_null_input_path_and_output_path() throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor(null, null, null, "$", null);

        assertThat(processor.effectiveInput(INPUT, CONTEXT)).isEqualTo(json("{}"));
        assertThat(processor.output(INPUT, json("{`r`:1}"), CONTEXT)).isEqualTo(json("{}"));
    }

    @Test
    void keeps_the_raw_input_and_discards_the_result_for_null_result_path() throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor("$.details", null, null, null, "$");

        assertThat(processor.output(INPUT, json("{`r`:1}"), CONTEXT)).isSameAs(INPUT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$.NoSuchInputPath | Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']",
        "$.no.such.path    | Invalid path '$.no.such.path' : Missing property in path $['no']"})
    void fails_with_aws_cause_when_input_path_finds_nothing(String path, String cause)
            throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor(path.strip(), null, null, "$", "$");

        assertThatThrownBy(() -> processor.effectiveInput(json("{`int-literal`:0}"), CONTEXT))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause()).isEqualTo(cause);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$.NoSuchOutputPath     | Invalid path '$.NoSuchOutputPath' : No results for path: $['NoSuchOutputPath']",
        "$.no.such.result.path  | Invalid path '$.no.such.result.path' : Missing property in path $['no']"})
    void fails_with_aws_cause_when_output_path_finds_nothing(String path, String cause)
            throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor("$", null, null, "$", path.strip());

        assertThatThrownBy(() -> processor.passOutput(json("{`int-literal`:0}"), null, CONTEXT))
                .isInstanceOfSatisfying(StatesException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.Runtime");
                    assertThat(e.cause()).isEqualTo(cause);
                });
    }

    @Test
    void uses_the_pass_result_when_present_else_the_effective_input() throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor("$", "{`p.$`:`$.comment`}", null, "$.out", "$");

        assertThat(processor.passOutput(json("{`comment`:`c`}"), json("`fixed`"), CONTEXT))
                .isEqualTo(json("{`comment`:`c`,`out`:`fixed`}"));
        assertThat(processor.passOutput(json("{`comment`:`c`}"), null, CONTEXT))
                .isEqualTo(json("{`comment`:`c`,`out`:{`p`:`c`}}"));
    }

    @Test
    void passes_the_effective_input_through_output_path_for_choice_wait_and_succeed()
            throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor("$.details", null, null, "$", "$.who");

        assertThat(processor.passThrough(INPUT, CONTEXT)).isEqualTo(json("`AWS`"));
    }

    @Test
    void reads_the_context_object_in_parameters() throws ExpressionSyntaxException {
        JsonPathProcessor processor = processor("$", "{`id.$`:`$$.Execution.Id`,`state.$`:`$$.State.Name`}", null,
                "$", "$");

        assertThat(processor.effectiveInput(INPUT, CONTEXT)).isEqualTo(json("{`id`:`arn:x`,`state`:`pass`}"));
    }

    @Test
    void never_mutates_the_raw_input() throws ExpressionSyntaxException {
        JsonNode before = INPUT.deepCopy();
        JsonPathProcessor processor = processor("$.details", "{`a.$`:`$.who`}", "{`b.$`:`$`}", "$.details.r", "$");

        processor.passOutput(INPUT, null, CONTEXT);

        assertThat(INPUT).isEqualTo(before);
    }

    @Test
    void rejects_invalid_paths_at_compile_time() {
        assertThatThrownBy(() -> processor("$.", null, null, "$", "$"))
                .isInstanceOf(ExpressionSyntaxException.class);
        assertThatThrownBy(() -> processor("$", null, null, "$.a[*]", "$"))
                .isInstanceOf(ExpressionSyntaxException.class);
    }
}
