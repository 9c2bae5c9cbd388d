package dev.orrery.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpTaskDiagnosticsTests {

    private static final String CONNECTION =
            "\"InvocationConfig\": {\"ConnectionArn\": \"arn:aws:events:us-east-1:1:connection/c/1\"}";

    @Test
    void accepts_a_complete_http_task_with_static_and_path_parameters() {
        assertThat(errors("""
                "ApiEndpoint.$": "$.url", "Method": "POST", %s,
                "Headers": {"Content-Type": "application/x-www-form-urlencoded", "X-Id.$": "$.id"},
                "Transform": {"RequestBodyEncoding": "URL_ENCODED",
                              "RequestEncodingOptions": {"ArrayFormat": "COMMAS"}},
                "RequestBody": {"a": 1}""".formatted(CONNECTION))).isEmpty();
    }

    @Test
    void reports_missing_endpoint_method_and_connection_at_the_parameters() {
        assertThat(errors("\"Headers\": {}")).containsExactly(
                "t.json:3:3 (/States/Call/Parameters): The field 'ApiEndpoint' is required but was missing: an HTTP"
                        + " Task needs the URL of the HTTPS API to call",
                "t.json:3:3 (/States/Call/Parameters): The field 'Method' is required but was missing: an HTTP Task"
                        + " needs one of GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD",
                "t.json:3:3 (/States/Call/Parameters): An HTTP Task needs the ARN of an EventBridge connection: add"
                        + " \"InvocationConfig\": {\"ConnectionArn\": \"arn:aws:events:...:connection/...\"} (or the"
                        + " older \"Authentication\" field)");
    }

    @Test
    void reports_an_http_task_without_parameters() {
        List<Diagnostic> diagnostics = AslParser.parse("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "End": true}}}""", "t.json").diagnostics();

        assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(
                "t.json:1:32 (/States/Call): An HTTP Task (arn:aws:states:::http:invoke) needs Parameters (or"
                        + " Arguments with JSONata) with ApiEndpoint, Method and InvocationConfig.ConnectionArn");
    }

    @Test
    void reports_a_bad_method_with_a_suggestion_and_a_bad_endpoint() {
        assertThat(errors("\"ApiEndpoint\": \"api.example.com/x\", \"Method\": \"post\", " + CONNECTION))
                .containsExactly(
                        "t.json:3:18 (/States/Call/Parameters/ApiEndpoint): ApiEndpoint must be an absolute https"
                                + " URL, e.g. \"https://api.example.com/v1/orders\", but was \"api.example.com/x\"",
                        "t.json:3:54 (/States/Call/Parameters/Method): Method must be one of GET, POST, PUT, DELETE,"
                                + " PATCH, OPTIONS, HEAD but was \"post\"; did you mean \"POST\"?");
    }

    @Test
    void reports_an_authentication_without_connection_arn() {
        assertThat(errors("\"ApiEndpoint\": \"https://a.example.com\", \"Method\": \"GET\", \"Authentication\": {}"))
                .containsExactly("t.json:3:75 (/States/Call/Parameters/Authentication): The field 'ConnectionArn' is"
                        + " required but was missing: give the ARN of the EventBridge connection of the API");
    }

    @Test
    void reports_forbidden_headers_and_unknown_transform_values() {
        assertThat(errors("""
                "ApiEndpoint": "https://a.example.com", "Method": "GET", %s,
                "Headers": {"Authorization.$": "$.token", "X-Ok": "1"},
                "Transform": {"RequestBodyEncoding": "FORM", "RequestEncodingOptions": {"ArrayFormat": "COMMA"}}"""
                .formatted(CONNECTION))).containsExactly(
                "t.json:4:13 (/States/Call/Parameters/Headers/Authorization.$): The header 'Authorization' cannot be"
                        + " set in an HTTP Task (AWS fails the task with States.Runtime): Step Functions sets it or"
                        + " forbids it; put credentials in the EventBridge connection",
                "t.json:5:15 (/States/Call/Parameters/Transform/RequestBodyEncoding): RequestBodyEncoding must be"
                        + " NONE or URL_ENCODED but was \"FORM\"",
                "t.json:5:73 (/States/Call/Parameters/Transform/RequestEncodingOptions/ArrayFormat): ArrayFormat must"
                        + " be one of INDICES, REPEAT, COMMAS, BRACKETS but was \"COMMA\"");
    }

    @Test
    void warns_about_an_unknown_parameter_with_a_suggestion() {
        List<Diagnostic> diagnostics = AslParser.parse("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {"ApiEndpoint": "https://a.example.com", "Method": "GET", %s, "Header.$": "$.h"},
                  "End": true}}}""".formatted(CONNECTION), "t.json").diagnostics();

        assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly("t.json:2:159"
                + " (/States/Call/Parameters/Header.$) warning: unknown field \"Header\" in the parameters of an HTTP Task;"
                + " did you mean \"Headers\"?");
        assertThat(diagnostics.get(0).isError()).isFalse();
    }

    @Test
    void leaves_jsonata_expressions_in_arguments_to_the_run() {
        List<Diagnostic> diagnostics = AslParser.parse("""
                {"QueryLanguage": "JSONata", "StartAt": "Call", "States": {"Call": {"Type": "Task",
                  "Resource": "arn:aws:states:::http:invoke",
                  "Arguments": {"ApiEndpoint": "{% $states.input.url %}", "Method": "{% $states.input.method %}",
                                "InvocationConfig": {"ConnectionArn": "arn:aws:events:us-east-1:1:connection/c/1"}},
                  "End": true}}}""", "t.json").diagnostics();

        assertThat(diagnostics).isEmpty();
    }

    private static List<String> errors(String parameters) {
        return AslParser.parse("""
                {"StartAt": "Call",
                 "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                  "Parameters": {%s},
                  "End": true}}}""".formatted(parameters), "t.json").diagnostics().stream()
                .filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    }
}
