package dev.orrery.teststate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.teststate.RequestJson;
import dev.orrery.spi.TaskOutcome;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TestState examples AWS documents, each sent as the request its page shows (through the same request reader as
 * the CLI's {@code --cli-input-json}) and compared with the response the page prints, field by field. Fields that
 * TestState returns as JSON text are compared as JSON values: the documented text keeps the spacing of the request,
 * which carries no meaning.
 *
 * <p>Searched and found: the developer guide page "Using TestState API to test a state in Step Functions"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html), section "Testing a state using the
 * AWS CLI", Examples 1 to 4. The AWS CLI reference page for {@code test-state} and the API reference page
 * {@code API_TestState} show request and response syntax only, no example with a documented result.
 */
class AwsDocumentedExamplesTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String GUIDE = "https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html";

    // GUIDE, "Example 1: Using INFO inspectionLevel to test a Choice state".
    @Test
    void example_1_routes_a_choice_state_at_info_to_the_rule_that_matches() {
        // GIVEN
        String request = """
                {"definition": "{\\"Type\\": \\"Choice\\", \\"Choices\\": [{\\"Variable\\": \\"$.number\\", \\"NumericEquals\\": 1, \\"Next\\": \\"Equals 1\\"}, {\\"Variable\\": \\"$.number\\", \\"NumericEquals\\": 2, \\"Next\\": \\"Equals 2\\"}], \\"Default\\": \\"No Match\\"}",
                 "roleArn": "arn:aws:iam::123456789012:role/myRole",
                 "input": "{\\"number\\": 2}"}""";
        // WHEN
        ObjectNode response = answer(request);
        // THEN
        assertMatches(response, """
                {"output": "{\\"number\\": 2}", "nextState": "Equals 2", "status": "SUCCEEDED"}""");
    }

    // GUIDE, "Example 2: Using DEBUG inspectionLevel to debug input and output data processing in a Pass state".
    @Test
    void example_2_shows_every_data_flow_stage_of_a_pass_state_at_debug() {
        // GIVEN
        String request = """
                {"definition": "{\\"Type\\": \\"Pass\\", \\"InputPath\\": \\"$.payload\\", \\"Parameters\\": {\\"data\\": 1}, \\"ResultPath\\": \\"$.result\\", \\"OutputPath\\": \\"$.result.data\\", \\"Next\\": \\"Another State\\"}",
                 "roleArn": "arn:aws:iam::123456789012:role/myRole",
                 "input": "{\\"payload\\": {\\"foo\\": \\"bar\\"}}",
                 "inspectionLevel": "DEBUG"}""";
        // WHEN
        ObjectNode response = answer(request);
        // THEN
        assertMatches(response, """
                {"output": "1",
                 "inspectionData": {
                   "input": "{\\"payload\\": {\\"foo\\": \\"bar\\"}}",
                   "afterInputPath": "{\\"foo\\":\\"bar\\"}",
                   "afterParameters": "{\\"data\\":1}",
                   "afterResultSelector": "{\\"data\\":1}",
                   "afterResultPath": "{\\"payload\\":{\\"foo\\":\\"bar\\"},\\"result\\":{\\"data\\":1}}"},
                 "nextState": "Another State",
                 "status": "SUCCEEDED"}""");
    }

    private static ObjectNode answer(String requestJson) {
        return StateTester.of(RequestJson.read(json(requestJson))).test().toJson();
    }

    /** Compares each documented field with the answer's, JSON text as JSON, and requires no extra field. */
    private static void assertMatches(ObjectNode actual, String documented) {
        JsonNode expected = json(documented);
        assertThat(fieldNames(actual)).as("response fields").isEqualTo(fieldNames(expected));
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = actual.get(field.getKey());
            if (field.getValue().isObject()) {
                assertThat(fieldNames(value)).as(field.getKey() + " fields").isEqualTo(fieldNames(field.getValue()));
                field.getValue().fields().forEachRemaining(inner -> assertThat(asJson(value.get(inner.getKey())))
                        .as(field.getKey() + "." + inner.getKey()).isEqualTo(asJson(inner.getValue())));
            } else {
                assertThat(asJson(value)).as(field.getKey()).isEqualTo(asJson(field.getValue()));
            }
        }
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The JSON value a JSON-text field carries; a text that is not JSON (a state name, a status) stays as it is. */
    private static JsonNode asJson(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return node;
        }
        try {
            return MAPPER.readTree(node.asText());
        } catch (JsonProcessingException notJson) {
            return node;
        }
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
