package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.http.HttpConnection;
import dev.orrery.http.HttpConnection.Parameter;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --connection ARN=JSON}: EventBridge's CreateConnection request, read with AWS's field names. */
class ConnectionJsonTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reads_api_key_authorization_and_the_invocation_parameters() throws Exception {
        // WHEN
        HttpConnection connection = read("""
                {"AuthorizationType": "API_KEY",
                 "AuthParameters": {"ApiKeyAuthParameters": {"ApiKeyName": "x-api-key", "ApiKeyValue": "k1"},
                   "InvocationHttpParameters": {"HeaderParameters": [{"Key": "h", "Value": "1"}],
                     "QueryStringParameters": [{"Key": "q", "Value": "2", "IsValueSecret": true}],
                     "BodyParameters": [{"Key": "b", "Value": "3"}]}}}""");
        // THEN
        assertThat(connection.headers()).containsExactly(new Parameter("x-api-key", "k1"), new Parameter("h", "1"));
        assertThat(connection.queryParameters()).containsExactly(new Parameter("q", "2"));
        assertThat(connection.bodyParameters()).containsExactly(new Parameter("b", "3"));
    }

    @Test
    void reads_basic_authorization_as_its_header() throws Exception {
        // WHEN
        HttpConnection connection = read("""
                {"AuthParameters": {"BasicAuthParameters": {"Username": "user", "Password": "secret"}}}""");
        // THEN
        assertThat(connection.headers()).isEqualTo(List.of(new Parameter("Authorization", "Basic dXNlcjpzZWNyZXQ=")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|--connection A: AuthParameters is missing",
        "{\"AuthParameters\": []}|--connection A (/AuthParameters): expected a JSON object",
        "{\"Auth\": {}}|--connection A: unknown field 'Auth'",
        "{\"AuthParameters\": {\"OAuthParameters\": {}}}|OAuth is not supported",
        "{\"AuthParameters\": {\"BasicAuthParameters\": {\"Username\": \"u\"}}}|Password must be a string",
        "{\"AuthParameters\": {\"InvocationHttpParameters\": {\"HeaderParameters\": {}}}}|"
                + "(/AuthParameters/InvocationHttpParameters/HeaderParameters): expected an array",
        "{\"AuthParameters\": {\"InvocationHttpParameters\": {\"BodyParameters\": [{\"Key\": \"k\"}]}}}|"
                + "Value must be a string"})
    void refuses_a_connection_that_is_not_of_create_connections_shape(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(UsageException.class).hasMessageContaining(message);
    }

    private static HttpConnection read(String json) throws IOException, UsageException {
        return ConnectionJson.read("--connection A", JSON.readTree(json));
    }
}
