package dev.orrery.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AslParserDiagnosticsTests {

    @Test
    void reports_text_that_is_not_json_at_the_broken_character() {
        assertThat(only("{\n  \"StartAt\": }")).hasToString(
                "t.json:2:14 (/): the definition is not valid JSON: Unexpected character ('}' (code 125)):"
                        + " expected a value");
    }

    @Test
    void reports_a_definition_that_is_not_an_object() {
        Diagnostic diagnostic = only("[1]");
        assertThat(diagnostic.code()).isEqualTo("SCHEMA_VALIDATION_FAILED");
        assertThat(diagnostic.message()).isEqualTo("the definition must be a JSON object but was an array");
    }

    @Test
    void reports_missing_start_at_and_states_in_aws_words() {
        Diagnostic diagnostic = only("{\"Comment\": \"x\"}");
        assertThat(diagnostic).hasToString("t.json:1:1 (/): These fields are required: [StartAt, States]");
    }

    @Test
    void reports_an_unknown_field_with_a_suggestion() {
        Diagnostic diagnostic = only("""
                {"StartAt": "A",
                 "States": {"A": {"Type": "Pass",
                                  "Nxt": "A", "End": true}}}""");
        assertThat(diagnostic).hasToString(
                "t.json:3:19 (/States/A/Nxt): unknown field \"Nxt\" in a Pass state; did you mean \"Next\"?");
    }

    @Test
    void reports_a_field_of_the_wrong_json_type() {
        Diagnostic diagnostic = only("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": "yes"}}}""");
        assertThat(diagnostic.location()).isEqualTo("/States/A/End");
        assertThat(diagnostic.message()).isEqualTo("\"End\" must be a boolean but was the string \"yes\"");
    }

    @Test
    void reports_a_state_without_next_or_end_and_one_with_both() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "A",
                 "States": {"A": {"Type": "Pass", "Next": "B", "End": true},
                            "B": {"Type": "Pass"}}}""");
        assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(
                "t.json:2:48 (/States/A/End): \"Next\" and \"End\" are mutually exclusive; give \"Next\" to continue"
                        + " or \"End\": true to stop",
                "t.json:3:13 (/States/B): a Pass state needs \"Next\" naming the next state or \"End\": true");
    }

    @Test
    void reports_a_missing_transition_target_with_a_suggestion() {
        Diagnostic diagnostic = errors("""
                {"StartAt": "Charge",
                 "States": {"Charge": {"Type": "Pass", "Next": "Shipp"},
                            "Ship": {"Type": "Succeed"}}}""").get(0);
        assertThat(diagnostic.code()).isEqualTo("MISSING_TRANSITION_TARGET");
        assertThat(diagnostic).hasToString(
                "t.json:2:40 (/States/Charge/Next): Missing 'Next' target: Shipp; did you mean \"Ship\"?");
    }

    @Test
    void reports_start_at_default_and_catch_targets_that_name_no_state() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "Nope",
                 "States": {"C": {"Type": "Choice", "Default": "X",
                                  "Choices": [{"Variable": "$.a", "IsNull": true, "Next": "T"}]},
                            "T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "End": true,
                                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Y"}]}}}""");
        assertThat(diagnostics).extracting(Diagnostic::location).contains("/StartAt", "/States/C/Default",
                "/States/T/Catch/0/Next");
        assertThat(diagnostics).allMatch(d -> d.code().equals("MISSING_TRANSITION_TARGET"));
    }

    @Test
    void reports_duplicate_state_names_across_nested_graphs() {
        Diagnostic diagnostic = only("""
                {"StartAt": "M",
                 "States": {"M": {"Type": "Map", "Next": "Done",
                                  "ItemProcessor": {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}},
                            "Done": {"Type": "Succeed"}}}""");
        assertThat(diagnostic.code()).isEqualTo("DUPLICATE_STATE_NAME");
        assertThat(diagnostic.location()).isEqualTo("/States/Done");
        assertThat(diagnostic.position()).isEqualTo(new SourcePosition("t.json", 4, 13));
    }

    @Test
    void reports_a_duplicate_key_that_jackson_would_drop() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "A",
                 "States": {"A": {"Type": "Succeed"},
                            "A": {"Type": "Succeed"}}}""");
        assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(
                "t.json:3:13 (/States/A): duplicate state name \"A\": state names must be unique");
    }

    @Test
    void reports_an_unreachable_state_in_aws_words() {
        Diagnostic diagnostic = only("""
                {"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "X": {"Type": "Succeed"}}}""");
        assertThat(diagnostic.message()).isEqualTo("State \"X\" is not reachable.");
        assertThat(diagnostic.location()).isEqualTo("/States/X");
    }

    @Test
    void reports_a_graph_without_terminal_state() {
        Diagnostic diagnostic = only("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "A"}}}""");
        assertThat(diagnostic.code()).isEqualTo("MISSING_END_STATE");
        assertThat(diagnostic.location()).isEqualTo("/States");
    }

    @Test
    void reports_mutually_exclusive_fields_at_the_second_one() {
        Diagnostic diagnostic = only("""
                {"StartAt": "W",
                 "States": {"W": {"Type": "Wait", "Seconds": 1,
                                  "SecondsPath": "$.s", "End": true}}}""");
        assertThat(diagnostic).hasToString("t.json:3:19 (/States/W/SecondsPath): fields \"Seconds\", \"SecondsPath\""
                + " are mutually exclusive; give only one of [Seconds, SecondsPath, Timestamp, TimestampPath]");
    }

    @Test
    void reports_a_bad_path_and_a_reference_path_with_a_wildcard() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "a.b", "ResultPath": "$.a[*]",
                 "End": true}}}""");
        assertThat(diagnostics).extracting(Diagnostic::location).containsExactly("/States/P/InputPath",
                "/States/P/ResultPath");
        assertThat(diagnostics.get(1).message()).startsWith("\"ResultPath\" must be a reference path but was");
    }

    @Test
    void reports_a_result_path_into_a_variable() {
        Diagnostic diagnostic = only("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "ResultPath": "$foo", "End": true}}}""");
        assertThat(diagnostic.location()).isEqualTo("/States/P/ResultPath");
    }

    @Test
    void reports_choice_rules_of_the_wrong_shape() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "C", "States": {"C": {"Type": "Choice", "Default": "S", "Next": "S", "Choices": [
                  {"Variable": "$.a", "StringEquals": 1, "Next": "S"},
                  {"NumericEquals": 1, "Next": "S"},
                  {"And": [], "Next": "S"},
                  {"Not": {"Variable": "$.a", "IsNull": true, "Next": "S"}, "Next": "S"},
                  {"Variable": "$.a", "IsNull": true}]},
                 "S": {"Type": "Succeed"}}}""");
        assertThat(diagnostics).extracting(Diagnostic::location).containsExactly("/States/C/Next",
                "/States/C/Choices/0/StringEquals", "/States/C/Choices/1", "/States/C/Choices/2/And",
                "/States/C/Choices/3/Not/Next", "/States/C/Choices/4");
        assertThat(diagnostics.get(2).message()).isEqualTo("These fields are required: [Variable]");
        assertThat(diagnostics.get(5).message()).isEqualTo("These fields are required: [Next]");
    }

    @Test
    void reports_empty_choices_in_aws_words() {
        Diagnostic diagnostic = only("""
                {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [], "Default": "S"},
                 "S": {"Type": "Succeed"}}}""");
        assertThat(diagnostic.message()).isEqualTo("Value cannot be empty");
    }

    @Test
    void reports_values_out_of_range() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "End": true, "TimeoutSeconds": 5, "HeartbeatSeconds": 5,
                 "Retry": [{"ErrorEquals": ["E"], "BackoffRate": 0.5, "MaxAttempts": -1, "IntervalSeconds": 0,
                            "MaxDelaySeconds": 0}]}}}""");
        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                "HeartbeatSeconds must be smaller than TimeoutSeconds (5) but was 5",
                "BackoffRate must be >= 1.0 but was 0.5",
                "\"MaxAttempts\" must be >= 0 and <= 99999999 but was -1",
                "\"IntervalSeconds\" must be a positive integer (>= 1) but was 0",
                "\"MaxDelaySeconds\" must be between 1 and 31622400 but was 0");
    }

    @Test
    void reports_the_backoff_rate_at_its_field() {
        Diagnostic diagnostic = only("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "End": true, "Retry": [{"ErrorEquals": ["E"],
                                         "BackoffRate": 0.5}]}}}""");
        assertThat(diagnostic).hasToString(
                "t.json:3:26 (/States/T/Retry/0/BackoffRate): BackoffRate must be >= 1.0 but was 0.5");
    }

    @Test
    void reports_a_timestamp_that_is_not_rfc_3339_in_aws_words() {
        Diagnostic diagnostic = only("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Timestamp": "2025-01-01 00:00:00", "End": true}}}""");
        assertThat(diagnostic.message()).isEqualTo("String does not match RFC3339 timestamp");
        assertThat(diagnostic.location()).isEqualTo("/States/W/Timestamp");
    }

    @Test
    void reports_a_state_name_longer_than_80_characters() {
        String name = "N".repeat(81);
        Diagnostic diagnostic = only("{\"StartAt\": \"" + name + "\", \"States\": {\"" + name
                + "\": {\"Type\": \"Succeed\"}}}");
        assertThat(diagnostic.code()).isEqualTo("INVALID_STATE_NAME");
        assertThat(diagnostic.message()).isEqualTo("state name must be at most 80 characters but has 81");
    }

    @Test
    void reports_states_all_that_is_not_alone_or_not_last() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "End": true, "Retry": [{"ErrorEquals": ["States.ALL", "E"]}, {"ErrorEquals": ["States.ALL"]},
                                        {"ErrorEquals": []}]}}}""");
        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                "\"States.ALL\" must appear alone in \"ErrorEquals\"",
                "\"States.ALL\" must appear only in the last retrier",
                "\"ErrorEquals\" must be a non-empty array of error names");
    }

    @Test
    void reports_fields_of_the_other_query_language() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "QueryLanguage": "JSONata", "OutputPath": "$.a", "Next": "B"},
                  "B": {"Type": "Pass", "Output": {"a": 1}, "End": true}}}""");
        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                "\"OutputPath\" is a JSONPath field and is not allowed when the QueryLanguage is JSONata",
                "\"Output\" is a JSONata field and is not allowed when the QueryLanguage is JSONPath; set"
                        + " \"QueryLanguage\": \"JSONata\" to use it");
    }

    @Test
    void reports_fail_states_with_both_static_and_dynamic_cause() {
        Diagnostic diagnostic = only("""
                {"StartAt": "F", "States": {"F": {"Type": "Fail", "Cause": "c", "CausePath": "$.c"}}}""");
        assertThat(diagnostic.location()).isEqualTo("/States/F/CausePath");
    }

    @Test
    void warns_about_a_resource_that_is_not_an_arn_and_keeps_the_definition_valid() {
        ParseResult result = AslParser.parse("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "foo:bar", "End": true}}}""");
        assertThat(result.isValid()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("INVALID_RESOURCE");
            assertThat(d.message()).startsWith("The resource provided foo:bar is not recognized.");
        });
    }

    @Test
    void reports_a_resource_that_is_not_a_string() {
        Diagnostic diagnostic = only("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": 5, "End": true}}}""");
        assertThat(diagnostic.message()).isEqualTo("\"Resource\" must be a string holding an ARN but was the number 5");
    }

    @Test
    void reports_a_payload_template_field_that_is_not_a_path() {
        Diagnostic diagnostic = only("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true,
                 "Parameters": {"ok.$": "$.a", "fn.$": "States.Format('{}', $.a)", "bad.$": "ipsum"}}}}""");
        assertThat(diagnostic).hasToString("t.json:2:68 (/States/P/Parameters/bad.$): The value for the field"
                + " 'bad.$' must be a valid JSONPath or a valid intrinsic function call");
    }

    @Test
    void reports_jsonata_expressions_with_a_wrong_surround_or_syntax() {
        List<Diagnostic> diagnostics = errors("""
                {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true,
                 "Output": {"a": "{% %}", "b": "{% 1 + %}", "c": "{% 1 + 2 %}", "d": "50 %", "e": "{%1%}",
                 "f": "{% $states.input%}", "g": "{%\\n  $states.input\\n%}"}}}}""");
        assertThat(diagnostics).extracting(Diagnostic::location).containsExactly("/States/P/Output/a",
                "/States/P/Output/b");
        assertThat(diagnostics.get(1).message()).startsWith("invalid JSONata expression \"1 +\": ");
    }

    @Test
    void reports_a_jsonata_condition_that_is_neither_a_boolean_nor_an_expression() {
        List<Diagnostic> diagnostics = errors("""
                {"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
                  {"Condition": "$states.input.ok", "Next": "D"}, {"Condition": 1, "Next": "D"},
                  {"Condition": true, "Next": "D"}, {"Condition": "{% $states.input.ok %}", "Next": "D"}]},
                 "D": {"Type": "Succeed"}}}""");
        assertThat(diagnostics).extracting(Diagnostic::location).containsExactly("/States/C/Choices/0/Condition",
                "/States/C/Choices/1/Condition");
        assertThat(diagnostics.get(0).message()).isEqualTo("\"Condition\" must be a boolean or a JSONata expression"
                + " written as \"{% <JSONata expression> %}\" but was the string \"$states.input.ok\"");
    }

    @Test
    void reports_invalid_variable_names_in_assign() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Next": "J",
                  "Assign": {"ok": 1, "ok_too.$": "$.a", "1x": 2, "states": 3}},
                 "J": {"Type": "Pass", "QueryLanguage": "JSONata", "Assign": {"x.$": 1}, "Next": "K"},
                 "K": {"Type": "Pass", "Assign": 5, "End": true}}}""");
        assertThat(diagnostics).extracting(Diagnostic::location).containsExactly("/States/P/Assign/1x",
                "/States/P/Assign/states", "/States/J/Assign/x.$", "/States/K/Assign");
        assertThat(diagnostics.get(0).message()).isEqualTo("Invalid variable name '1x' in 'Assign': a variable name"
                + " must start with a letter or '_'");
    }

    @Test
    void reports_every_problem_at_once_in_document_order() {
        List<Diagnostic> diagnostics = errors("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "B", "Resutl": 1},
                  "B": {"Type": "Wait", "Seconds": -1, "End": true},
                  "C": {"Type": "Bogus"}}}""");
        assertThat(diagnostics).extracting(d -> d.position().line()).isSorted();
        assertThat(diagnostics).extracting(Diagnostic::location).containsExactly("/States/A/Resutl",
                "/States/B/Seconds", "/States/C", "/States/C/Type");
    }

    @Test
    void refuses_a_definition_longer_than_aws_quota_before_parsing_it() {
        String text = "{\"Comment\": \"" + "x".repeat(1_048_576) + "\"}";

        assertThat(only(text)).hasToString("t.json:1:1 (/): 1 validation error detected: Value at 'definition' failed "
                + "to satisfy constraint: Member must have length less than or equal to 1048576 (this definition has "
                + text.length() + " characters)");
    }

    @Test
    void checks_a_long_chain_of_states_and_every_broken_transition_of_a_large_definition() {
        // GIVEN 20,000 states, each pointing at a state that does not exist
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            states.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",\"Next\":\"T")
                    .append(i).append("\"}");
        }
        String text = "{\"StartAt\":\"S0\",\"States\":{" + states + ",\"End\":{\"Type\":\"Succeed\"}}}";

        // WHEN it is validated THEN each is reported; the first ones with a hint, all of them located
        List<Diagnostic> errors = errors(text);
        assertThat(errors).filteredOn(d -> d.message().startsWith("Missing 'Next' target")).hasSize(20_000);
        assertThat(errors.get(0).message()).isEqualTo("Missing 'Next' target: T0; did you mean \"S0\"?");
        assertThat(errors).filteredOn(d -> d.message().contains("is not reachable")).hasSize(20_000);
    }

    private static Diagnostic only(String text) {
        List<Diagnostic> diagnostics = AslParser.parse(text, "t.json").diagnostics();
        assertThat(diagnostics).hasSize(1);
        return diagnostics.get(0);
    }

    private static List<Diagnostic> errors(String text) {
        ParseResult result = AslParser.parse(text, "t.json");
        assertThat(result.stateMachine()).isNull();
        return result.errors();
    }
}
