package dev.orrery.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.model.Branch;
import dev.orrery.model.Catcher;
import dev.orrery.model.ChoiceRule;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.ComparisonOperator;
import dev.orrery.model.Condition;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.FailState;
import dev.orrery.model.InputOutput;
import dev.orrery.model.ItemBatcher;
import dev.orrery.model.ItemReader;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.PassState;
import dev.orrery.model.ProcessorConfig;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.ResultWriter;
import dev.orrery.model.Retrier;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.SucceedState;
import dev.orrery.model.TaskState;
import dev.orrery.model.ToleratedFailure;
import dev.orrery.model.Transition;
import dev.orrery.model.WaitDuration;
import dev.orrery.model.WaitState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AslParserModelTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final QueryLanguage JSON_PATH = QueryLanguage.JSON_PATH;

    @Test
    void reads_the_top_level_fields_and_a_pass_state() {
        StateMachine machine = parse("""
                {"Comment": "c", "Version": "1.0", "TimeoutSeconds": 60, "StartAt": "P",
                 "States": {"P": {"Type": "Pass", "Comment": "p", "InputPath": null, "Result": {"a": 1},
                                  "ResultPath": "$.r", "OutputPath": "$.o", "End": true}}}""");

        PassState pass = new PassState("P", "p", JSON_PATH,
                new InputOutput(null, null, null, "$.r", "$.o", null, null, null), json("{\"a\": 1}"),
                Transition.end());
        assertThat(machine).isEqualTo(new StateMachine("c", "P", Map.of("P", pass), "1.0", 60, JSON_PATH));
    }

    @Test
    void fills_in_the_retry_defaults_and_the_catch_result_path() {
        State task = state("""
                {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "S",
                 "TimeoutSeconds": 30, "HeartbeatSeconds": 10,
                 "Retry": [{"ErrorEquals": ["States.Timeout"]},
                           {"ErrorEquals": ["States.ALL"], "IntervalSeconds": 2, "MaxAttempts": 0,
                            "BackoffRate": 1.5, "MaxDelaySeconds": 9, "JitterStrategy": "FULL", "Comment": "r"}],
                 "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "S"}]}""");

        ErrorHandling handling = new ErrorHandling(List.of(
                new Retrier(List.of("States.Timeout"), 1, 3, 2.0, null, Retrier.JitterStrategy.NONE, null),
                new Retrier(List.of("States.ALL"), 2, 0, 1.5, 9, Retrier.JitterStrategy.FULL, "r")),
                List.of(new Catcher(List.of("States.ALL"), "S", "$", null, null, null)));
        assertThat(task).isEqualTo(new TaskState("T", null, JSON_PATH, InputOutput.DEFAULT,
                "arn:aws:states:::lambda:invoke", handling, IntNode.valueOf(30), null, IntNode.valueOf(10), null,
                null, Transition.next("S")));
    }

    @Test
    void reads_choice_rules_into_conditions() {
        State choice = state("""
                {"Type": "Choice", "Default": "S",
                 "Choices": [{"Variable": "$.n", "NumericGreaterThan": 1, "Next": "S", "Comment": "big"},
                             {"And": [{"Variable": "$.s", "StringEquals": "x"},
                                      {"Not": {"Variable": "$.b", "BooleanEqualsPath": "$.c"}}], "Next": "S"}]}""");

        Condition and = new Condition.And(List.of(
                new Condition.Comparison("$.s", ComparisonOperator.STRING_EQUALS, TextNode.valueOf("x")),
                new Condition.Not(new Condition.Comparison("$.b", ComparisonOperator.BOOLEAN_EQUALS_PATH,
                        TextNode.valueOf("$.c")))));
        assertThat(choice).isEqualTo(new ChoiceState("T", null, JSON_PATH, InputOutput.DEFAULT, List.of(
                new ChoiceRule(new Condition.Comparison("$.n", ComparisonOperator.NUMERIC_GREATER_THAN,
                        IntNode.valueOf(1)), "S", null, null, "big"),
                new ChoiceRule(and, "S", null, null, null)), "S"));
    }

    @Test
    void reads_a_jsonata_choice_condition() {
        State choice = state("""
                {"Type": "Choice", "QueryLanguage": "JSONata",
                 "Choices": [{"Condition": "{% $states.input.n > 1 %}", "Next": "S", "Output": {"a": 1}}]}""");

        assertThat(((ChoiceState) choice).choices()).containsExactly(new ChoiceRule(
                new Condition.Jsonata(TextNode.valueOf("{% $states.input.n > 1 %}")), "S", null, json("{\"a\": 1}"),
                null));
        assertThat(choice.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    }

    @Test
    void reads_each_kind_of_wait_duration() {
        assertThat(wait("\"Seconds\": 5")).isEqualTo(new WaitDuration.Seconds(IntNode.valueOf(5)));
        assertThat(wait("\"SecondsPath\": \"$.s\"")).isEqualTo(new WaitDuration.SecondsPath("$.s"));
        assertThat(wait("\"Timestamp\": \"2025-01-01T00:00:00Z\""))
                .isEqualTo(new WaitDuration.Timestamp(TextNode.valueOf("2025-01-01T00:00:00Z")));
        assertThat(wait("\"TimestampPath\": \"$.t\"")).isEqualTo(new WaitDuration.TimestampPath("$.t"));
    }

    @Test
    void reads_succeed_and_fail_states() {
        assertThat(state("{\"Type\": \"Succeed\", \"OutputPath\": \"$.a\"}")).isEqualTo(new SucceedState("T", null,
                JSON_PATH, new InputOutput("$", null, null, "$", "$.a", null, null, null)));
        assertThat(state("{\"Type\": \"Fail\", \"Error\": \"E\", \"CausePath\": \"$.c\"}"))
                .isEqualTo(new FailState("T", null, JSON_PATH, InputOutput.DEFAULT, "E", null, null, "$.c"));
    }

    @Test
    void reads_parallel_branches() {
        State parallel = state("""
                {"Type": "Parallel", "End": true, "Branches": [
                  {"Comment": "b", "StartAt": "A", "States": {"A": {"Type": "Succeed"}}}]}""");

        Branch branch = new Branch("b", "A", Map.of("A", new SucceedState("A", null, JSON_PATH, InputOutput.DEFAULT)),
                JSON_PATH);
        assertThat(parallel).isEqualTo(new ParallelState("T", null, JSON_PATH, InputOutput.DEFAULT, List.of(branch),
                ErrorHandling.NONE, Transition.end()));
    }

    @Test
    void reads_a_distributed_map_with_all_its_parts() {
        State map = state("""
                {"Type": "Map", "End": true, "Label": "Lbl", "ItemsPath": "$.items", "MaxConcurrency": 5,
                 "ItemSelector": {"v.$": "$$.Map.Item.Value"},
                 "ToleratedFailurePercentage": 10, "ToleratedFailureCountPath": "$.n",
                 "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV"},
                                "Parameters": {"Bucket": "b"}},
                 "ItemBatcher": {"MaxItemsPerBatch": 2, "MaxInputBytesPerBatchPath": "$.bytes"},
                 "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "o"}},
                 "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                                   "StartAt": "A", "States": {"A": {"Type": "Succeed"}}}}""");

        Branch processor = new Branch(null, "A", Map.of("A", new SucceedState("A", null, JSON_PATH,
                InputOutput.DEFAULT)), JSON_PATH);
        assertThat(map).isEqualTo(new MapState("T", null, JSON_PATH, InputOutput.DEFAULT, processor,
                new ProcessorConfig(ProcessorConfig.Mode.DISTRIBUTED, ProcessorConfig.ExecutionType.EXPRESS), false,
                "$.items", null, json("{\"v.$\": \"$$.Map.Item.Value\"}"), IntNode.valueOf(5), null,
                new ItemReader("arn:aws:states:::s3:getObject", json("{\"InputType\": \"CSV\"}"),
                        json("{\"Bucket\": \"b\"}"), null),
                new ItemBatcher(IntNode.valueOf(2), null, null, "$.bytes", null),
                new ResultWriter("arn:aws:states:::s3:putObject", json("{\"Bucket\": \"o\"}"), null, null),
                new ToleratedFailure(IntNode.valueOf(10), null, null, "$.n"), "Lbl", ErrorHandling.NONE,
                Transition.end()));
    }

    @Test
    void reads_a_legacy_iterator_with_its_parameters() {
        MapState map = (MapState) state("""
                {"Type": "Map", "End": true, "Parameters": {"x.$": "$.x"},
                 "Iterator": {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}}""");

        assertThat(map.legacyIterator()).isTrue();
        assertThat(map.processorConfig()).isEqualTo(ProcessorConfig.INLINE);
        assertThat(map.itemProcessor().startAt()).isEqualTo("A");
        assertThat(map.io().parameters()).isEqualTo(json("{\"x.$\": \"$.x\"}"));
        assertThat(map.toleratedFailure()).isEqualTo(ToleratedFailure.NONE);
    }

    @Test
    void inherits_the_query_language_unless_a_state_sets_its_own() {
        StateMachine machine = parse("""
                {"StartAt": "P",
                 "States": {"P": {"Type": "Parallel", "QueryLanguage": "JSONata", "Next": "Q", "Branches": [
                                    {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}]},
                            "Q": {"Type": "Pass", "End": true}}}""");

        ParallelState parallel = (ParallelState) machine.state("P");
        assertThat(machine.queryLanguage()).isEqualTo(QueryLanguage.JSON_PATH);
        assertThat(parallel.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
        assertThat(parallel.branches().get(0).state("A").queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
        assertThat(machine.state("Q").queryLanguage()).isEqualTo(QueryLanguage.JSON_PATH);
    }

    @Test
    void refuses_a_json_path_state_in_a_jsonata_state_machine() {
        ParseResult result = AslParser.parse("""
                {"QueryLanguage": "JSONata", "StartAt": "P",
                 "States": {"P": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true}}}""");

        assertThat(result.errors()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.location()).isEqualTo("/States/P");
            assertThat(diagnostic.message())
                    .isEqualTo("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine");
        });
    }

    @Test
    void reads_a_definition_from_a_classpath_resource() {
        ParseResult result = AslParser.parseResource("definitions/hello.asl.json");

        assertThat(result.isValid()).isTrue();
        assertThat(result.orThrow().startAt()).isEqualTo("Hello");
    }

    private static WaitDuration wait(String field) {
        return ((WaitState) state("{\"Type\": \"Wait\", " + field + ", \"End\": true}")).duration();
    }

    /** Parse a machine whose state "T" is the given JSON, with a Succeed state "S" when "T" refers to it. */
    private static State state(String json) {
        String target = json.contains("\"S\"") ? ", \"S\": {\"Type\": \"Succeed\"}" : "";
        return parse("{\"StartAt\": \"T\", \"States\": {\"T\": " + json + target + "}}").state("T");
    }

    private static StateMachine parse(String text) {
        ParseResult result = AslParser.parse(text);
        assertThat(result.errors()).isEmpty();
        return result.orThrow();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
