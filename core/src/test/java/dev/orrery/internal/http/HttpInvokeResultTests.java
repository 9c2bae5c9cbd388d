package dev.orrery.internal.http;

import static dev.orrery.internal.http.UrlEncodingTests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpInvokeResultTests {

    @Test
    void maps_a_json_response_to_aws_result_shape_with_lower_case_header_names() {
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"),
                "Set-Cookie", List.of("a=1", "b=2"), ":status", List.of("200"));

        assertThat(HttpInvokeResult.of(200, headers, bytes("{\"id\": 7}"))).isEqualTo(json("""
                {'Headers': {'content-type': ['application/json'], 'set-cookie': ['a=1', 'b=2']},
                 'ResponseBody': {'id': 7}, 'StatusCode': 200, 'StatusText': 'OK'}"""));
    }

    @Test
    void parses_json_suffixed_media_types_and_keeps_other_bodies_as_strings() {
        JsonBody problem = new JsonBody("application/problem+json; charset=utf-8", "{\"title\": \"t\"}");
        JsonBody text = new JsonBody("text/plain", "{\"not\": \"parsed\"}");
        JsonBody broken = new JsonBody("application/json", "{oops");

        assertThat(problem.result().get("ResponseBody")).isEqualTo(json("{'title': 't'}"));
        assertThat(text.result().get("ResponseBody").asText()).isEqualTo("{\"not\": \"parsed\"}");
        assertThat(broken.result().get("ResponseBody").asText()).isEqualTo("{oops");
        assertThat(HttpInvokeResult.of(204, Map.of(), new byte[0])).isEqualTo(json("""
                {'Headers': {}, 'ResponseBody': '', 'StatusCode': 204, 'StatusText': 'No Content'}"""));
    }

    @Test
    void fails_a_status_that_is_not_2xx_with_its_states_http_status_code_error() {
        assertThatThrownBy(() -> HttpInvokeResult.of(500, Map.of(), bytes("boom")))
                .isInstanceOfSatisfying(HttpTaskFailure.class, f -> {
                    assertThat(f.error()).isEqualTo("States.Http.StatusCode.500");
                    assertThat(f.cause()).isEqualTo("Internal Server Error");
                });
        assertThatThrownBy(() -> HttpInvokeResult.of(302, Map.of(), new byte[0]))
                .isInstanceOfSatisfying(HttpTaskFailure.class,
                        f -> assertThat(f.error()).isEqualTo("States.Http.StatusCode.302"));
    }

    @Test
    void fails_with_states_runtime_on_binary_content_types_and_bodies_that_are_not_text() {
        for (String type : List.of("application/octet-stream", "image/png", "video/mp4", "audio/mpeg")) {
            assertThatThrownBy(() -> HttpInvokeResult.of(200, Map.of("content-type", List.of(type)), new byte[0]))
                    .isInstanceOfSatisfying(HttpTaskFailure.class,
                            f -> assertThat(f.error()).isEqualTo("States.Runtime"))
                    .hasMessage("The HTTP Task's response has the unsupported content-type " + type);
        }
        assertThatThrownBy(() -> HttpInvokeResult.of(200, Map.of(), new byte[] {(byte) 0xFF, (byte) 0xFE}))
                .hasMessage("The HTTP Task's response body cannot be read as a valid string");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record JsonBody(String contentType, String body) {
        com.fasterxml.jackson.databind.JsonNode result() {
            return HttpInvokeResult.of(200, Map.of("Content-Type", List.of(contentType)), bytes(body));
        }
    }
}
