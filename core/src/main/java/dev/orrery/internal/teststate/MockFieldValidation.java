package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.teststate.FieldValidationMode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * TestState's check of a mocked result against the service's API response shape ({@code fieldValidationMode}: STRICT,
 * the default, needs every required field and checks every present one; PRESENT checks the present ones; NONE
 * checks nothing). Lambda's {@code Invoke} response of {@code arn:aws:states:::lambda:invoke} is the shape Orrery
 * builds itself (none of its fields is required; {@code StatusCode} is an integer; {@code FunctionError},
 * {@code LogResult} and {@code ExecutedVersion}, at least one character long, are strings; {@code Payload} is the
 * function's JSON). The other integrations resolve to a service operation ({@link IntegrationOperations}) whose
 * output shape comes from botocore's model ({@link ServiceModels}) and is checked by {@link ShapeValidator}. A
 * result of an integration or operation without a model is accepted as it is (Orrery does not guess a shape), and
 * the check says so: it returns why the result was not checked, which the result carries. The
 * messages are AWS's, as recorded ({@code Mock result schema validation error: Field 'X' must be a string}).
 */
final class MockFieldValidation {

    private static final Pattern LAMBDA_INVOKE = Pattern.compile("arn:[^:]+:states:::lambda:invoke");

    /**
     * The integrations whose mocked results AWS does not validate (the developer guide, "Mocking service
     * integrations": "Mock validation is not supported for HTTP Task, API Gateway, EKS Call, and EKS RunJob
     * integrations"): Orrery does not either, and has nothing to say about it.
     */
    private static final Pattern NOT_VALIDATED_BY_AWS = Pattern.compile(
            "arn:[^:]+:states:::(http:invoke|apigateway:invoke(\\.waitForTaskToken)?|eks:call|eks:runJob(\\.sync)?)");
    private static final String PREFIX = "Mock result schema validation error: Field '";

    private MockFieldValidation() {}

    /**
     * Check the result of a Task's mock.
     *
     * @return why the result was not checked although the mode asks for a check (no response shape is known for the
     *     resource), or {@code null}
     */
    static @Nullable String check(JsonNode result, JsonNode state, String type, @Nullable FieldValidationMode mode) {
        JsonNode resource = state.get("Resource");
        if (mode == FieldValidationMode.NONE || !type.equals("Task") || resource == null) {
            return null;
        }
        if (NOT_VALIDATED_BY_AWS.matcher(resource.asText()).matches()) {
            return null;
        }
        if (LAMBDA_INVOKE.matcher(resource.asText()).matches()) {
            if (result.isObject()) {
                checkLambdaInvoke(result);
            }
            return null;
        }
        IntegrationOperations.Operation operation = IntegrationOperations.resolve(resource.asText());
        ServiceModels.Model model = operation == null ? null : ServiceModels.load(operation.service());
        String output = model == null ? null : model.outputShape(operation.action());
        if (output == null) {
            return "The mocked result was not checked against a response shape (fieldValidationMode "
                    + (mode == null ? FieldValidationMode.STRICT : mode) + "): Orrery knows none for the resource '"
                    + resource.asText() + "'";
        }
        if (result.isObject()) {
            new ShapeValidator(model, mode != FieldValidationMode.PRESENT, operation.anyJsonMembers())
                    .checkResult(result, output);
        }
        return null;
    }

    private static void checkLambdaInvoke(JsonNode result) {
        JsonNode statusCode = result.get("StatusCode");
        if (statusCode != null && !statusCode.isIntegralNumber()) {
            throw RequestChecks.validation(PREFIX + "StatusCode' must be a number");
        }
        for (String field : new String[] {"FunctionError", "LogResult", "ExecutedVersion"}) {
            JsonNode value = result.get(field);
            if (value != null && !value.isTextual()) {
                throw RequestChecks.validation(PREFIX + field + "' must be a string");
            }
        }
        JsonNode version = result.get("ExecutedVersion");
        if (version != null && version.asText().isEmpty()) {
            throw RequestChecks.validation(PREFIX + "ExecutedVersion' is smaller than the minimum length");
        }
    }
}
