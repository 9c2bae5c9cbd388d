package dev.orrery.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnresolvedPlaceholderTests {

    static Stream<Arguments> placeholders() {
        return Stream.of(
                Arguments.of("a whole Resource", """
                        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "${ValidateFunctionArn}",
                         "End": true}}}""", List.of("/States/T/Resource")),
                Arguments.of("a Wait's Seconds", """
                        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": "${ReminderTimeout}",
                         "End": true}}}""", List.of("/States/W/Seconds")),
                Arguments.of("numbers of a retrier and a Map", """
                        {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": "${Concurrency}",
                         "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
                         "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": "${Attempts}",
                          "BackoffRate": "${Backoff}"}], "End": true}}}""",
                        List.of("/States/M/MaxConcurrency", "/States/M/Retry/0/MaxAttempts",
                                "/States/M/Retry/0/BackoffRate")),
                Arguments.of("pseudo parameters in an ARN", """
                        {"StartAt": "T", "States": {"T": {"Type": "Task",
                         "Resource": "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:f", "End": true}}}""",
                        List.of("/States/T/Resource", "/States/T/Resource")),
                Arguments.of("the partition of an integration", """
                        {"StartAt": "T", "States": {"T": {"Type": "Task",
                         "Resource": "arn:${AWS::Partition}:states:::sqs:sendMessage",
                         "Parameters": {"QueueUrl": "${QueueUrl}", "MessageBody.$": "$"}, "End": true}}}""",
                        List.of("/States/T/Resource", "/States/T/Parameters/QueueUrl")),
                Arguments.of("an HTTP endpoint", """
                        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                         "Parameters": {"ApiEndpoint": "${Endpoint}", "Method": "GET",
                          "Authentication": {"ConnectionArn": "${ConnectionArn}"}}, "End": true}}}""",
                        List.of("/States/T/Parameters/ApiEndpoint",
                                "/States/T/Parameters/Authentication/ConnectionArn")),
                Arguments.of("an intrinsic function's string", """
                        {"StartAt": "P", "States": {"P": {"Type": "Pass",
                         "Parameters": {"uri.$": "States.Format('s3://${Bucket}/{}', $.key)"}, "End": true}}}""",
                        List.of("/States/P/Parameters/uri.$")),
                Arguments.of("a JSONata expression", """
                        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
                         "Output": {"table": "{% '${TablePrefix}' & $states.input.name %}"}, "End": true}}}""",
                        List.of("/States/P/Output/table")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placeholders")
    void judges_a_placeholder_as_the_value_it_stands_for_with_one_warning_each(String where, String definition,
            List<String> pointers) {
        // WHEN
        ParseResult result = AslParser.parse(definition, "flow.asl.json");
        // THEN
        assertThat(result.isValid()).as(result.diagnostics().toString()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly("UNRESOLVED_SUBSTITUTION");
        assertThat(result.diagnostics()).extracting(Diagnostic::location).containsExactlyElementsOf(pointers);
        assertThat(result.diagnostics()).allMatch(d -> d.severity() == Severity.WARNING && d.position() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placeholders")
    void remembers_which_state_holds_each_placeholder(String where, String definition, List<String> pointers) {
        assertThat(AslParser.parse(definition).orThrow().unresolvedPlaceholders()).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void reports_a_placeholder_with_its_position_and_how_to_substitute_it() {
        ParseResult result = AslParser.parse("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait",
                 "Seconds": "${ReminderTimeout}", "End": true}}}""", "flow.asl.json");
        assertThat(result.diagnostics()).singleElement().hasToString("flow.asl.json:2:2 (/States/W/Seconds) warning:"
                + " ${ReminderTimeout} is a placeholder that was not substituted. AWS substitutes it when the state"
                + " machine is deployed (DefinitionSubstitutions, or the deployment tool), so Orrery validates the"
                + " definition as if it were substituted; a run fails on reaching it until you substitute it"
                + " (substitute(\"ReminderTimeout\", value), --substitution ReminderTimeout=value, or substitutions ="
                + " \"ReminderTimeout=value\")");
    }

    @org.junit.jupiter.api.Test
    void still_rejects_a_placeholder_without_its_closing_brace() {
        ParseResult result = AslParser.parse("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "${lambdaArn", "End": true}}}""");
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly("INVALID_RESOURCE");
    }
}
