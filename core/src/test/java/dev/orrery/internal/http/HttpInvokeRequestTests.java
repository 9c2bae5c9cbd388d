package dev.orrery.internal.http;

import static dev.orrery.internal.http.UrlEncodingTests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.internal.http.HttpInvokeRequest.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpInvokeRequestTests {

    private static final String BASE = "'ApiEndpoint': 'https://api.example.com/v1/customers', 'Method': 'GET',"
            + " 'InvocationConfig': {'ConnectionArn': 'arn:aws:events:us-east-1:1:connection/c/1'}";

    @Test
    void appends_the_url_encoded_query_parameters_to_the_endpoint() {
        HttpInvokeRequest request = request("'QueryParameters': {'currency': 'usd', 'name': 'J Doe'}");

        assertThat(request.origin()).isEqualTo("https://api.example.com");
        assertThat(request.pathAndQuery()).isEqualTo("/v1/customers?currency=usd&name=J%20Doe");
        assertThat(request.body()).isNull();
    }

    @Test
    void keeps_the_endpoints_own_query_before_the_parameters() {
        HttpInvokeRequest request = HttpInvokeRequest.from(json("{'ApiEndpoint': 'http://api.example.com:8443/s?a=1',"
                + " 'Method': 'GET', 'Authentication': {'ConnectionArn': 'arn'}, 'QueryParameters': {'b': 2}}"));

        assertThat(request.origin()).isEqualTo("http://api.example.com:8443");
        assertThat(request.pathAndQuery()).isEqualTo("/s?a=1&b=2");
    }

    @Test
    void takes_query_parameters_given_as_a_string_or_an_array_of_objects() {
        assertThat(request("'QueryParameters': 'x=1&y=2'").pathAndQuery()).isEqualTo("/v1/customers?x=1&y=2");
        assertThat(request("'QueryParameters': [{'x': 1}, {'y': [2, 3]}]").pathAndQuery())
                .isEqualTo("/v1/customers?x=1&y=2&y=3");
    }

    @Test
    void keeps_the_headers_in_order_with_arrays_as_repeated_values() {
        HttpInvokeRequest request = request("'Headers': {'X-Request-Id': 'r-1', 'Accept': ['a/b', 'c/d'],"
                + " 'X-Count': 3}");

        assertThat(request.headers()).containsExactly(new Header("X-Request-Id", "r-1"), new Header("Accept", "a/b"),
                new Header("Accept", "c/d"), new Header("X-Count", "3"));
        assertThat(request.hasHeader("x-request-id")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "host", "X-Amz-Date", "x-amzn-trace-id", "X-Forwarded-For",
        "Proxy-Authorization"})
    void fails_with_states_runtime_on_a_header_aws_forbids(String name) {
        assertThatThrownBy(() -> request("'Headers': {'" + name + "': 'v'}"))
                .isInstanceOfSatisfying(HttpTaskFailure.class, f -> {
                    assertThat(f.error()).isEqualTo("States.Runtime");
                    assertThat(f.cause()).isEqualTo("The header " + name + " cannot be set in an HTTP Task definition");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"})
    void accepts_the_seven_methods_aws_lists(String method) {
        HttpInvokeRequest request = HttpInvokeRequest.from(json("{" + BASE.replace("'GET'", "'" + method + "'")
                + "}"));

        assertThat(request.method()).isEqualTo(method);
    }

    @Test
    void fails_with_states_runtime_on_another_method_or_a_missing_endpoint_or_connection() {
        assertThatThrownBy(() -> HttpInvokeRequest.from(json("{" + BASE.replace("'GET'", "'get'") + "}")))
                .hasMessage("The HTTP Task's Method must be one of [GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD]"
                        + " but was string \"get\"");
        assertThatThrownBy(() -> HttpInvokeRequest.from(json("{'Method': 'GET'}")))
                .hasMessage("The HTTP Task's ApiEndpoint must be a string holding a URL but was missing");
        assertThatThrownBy(() -> HttpInvokeRequest.from(json("{'ApiEndpoint': 'ftp://x/y', 'Method': 'GET'}")))
                .hasMessage("The HTTP Task's ApiEndpoint must be an absolute https URL but was \"ftp://x/y\"");
        assertThatThrownBy(() -> HttpInvokeRequest.from(json("{'ApiEndpoint': 'https://x/y', 'Method': 'GET'}")))
                .hasMessage("An HTTP Task needs the ARN of an EventBridge connection in"
                        + " InvocationConfig.ConnectionArn or Authentication.ConnectionArn");
    }

    @Test
    void serializes_the_request_body_as_compact_json_by_default() {
        HttpInvokeRequest request = request("'RequestBody': {'Card': {'Number': '1234', 'Name': 'J Doe'}}");

        assertThat(request.body()).isEqualTo("{\"Card\":{\"Number\":\"1234\",\"Name\":\"J Doe\"}}");
    }

    @Test
    void sends_a_string_request_body_as_it_is() {
        assertThat(request("'RequestBody': 'plain text'").body()).isEqualTo("plain text");
    }

    @Test
    void url_encodes_the_request_body_with_the_array_format_of_the_transform() {
        HttpInvokeRequest indices = request("'RequestBody': {'a': ['x', 'y']},"
                + " 'Transform': {'RequestBodyEncoding': 'URL_ENCODED'}");
        HttpInvokeRequest commas = request("'RequestBody': {'a': ['x', 'y']}, 'Transform': {'RequestBodyEncoding':"
                + " 'URL_ENCODED', 'RequestEncodingOptions': {'ArrayFormat': 'COMMAS'}}");
        HttpInvokeRequest none = request("'RequestBody': {'a': ['x', 'y']}, 'Transform': {'RequestBodyEncoding':"
                + " 'NONE', 'RequestEncodingOptions': {'ArrayFormat': 'COMMAS'}}");

        assertThat(indices.body()).isEqualTo("a%5B0%5D=x&a%5B1%5D=y");
        assertThat(commas.body()).isEqualTo("a=x,y");
        assertThat(none.body()).isEqualTo("{\"a\":[\"x\",\"y\"]}");
    }

    @Test
    void fails_with_states_runtime_on_an_unknown_transform_or_an_array_body_to_url_encode() {
        assertThatThrownBy(() -> request("'RequestBody': {}, 'Transform': {'RequestBodyEncoding': 'FORM'}"))
                .hasMessage("The HTTP Task's Transform.RequestBodyEncoding must be NONE or URL_ENCODED but was"
                        + " \"FORM\"");
        assertThatThrownBy(() -> request("'Transform': {'RequestEncodingOptions': {'ArrayFormat': 'COMMA'}}"))
                .hasMessage("The HTTP Task's Transform.RequestEncodingOptions.ArrayFormat must be one of INDICES,"
                        + " REPEAT, COMMAS, BRACKETS but was \"COMMA\"");
        assertThatThrownBy(() -> request("'RequestBody': [1], 'Transform': {'RequestBodyEncoding': 'URL_ENCODED'}"))
                .hasMessage("The HTTP Task's RequestBody must be a JSON object to be URL_ENCODED but was an array");
    }

    private static HttpInvokeRequest request(String extra) {
        return HttpInvokeRequest.from(json("{" + BASE + ", " + extra + "}"));
    }
}
