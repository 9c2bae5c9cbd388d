package dev.orrery.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an EventBridge connection adds to the requests of the HTTP Tasks that name it ({@code Authentication.ConnectionArn}):
 * its authorization header and its {@code InvocationHttpParameters} (header, query string and body parameters).
 * {@link HttpTasks.Builder#connection(String, HttpConnection)} declares one; the calls of the tasks that name it then
 * carry the additions, and TestState's TRACE request shows them when {@code revealSecrets} is true (AWS counts all of
 * them as secrets and leaves them out otherwise).
 *
 * <p>The additions come after the task's own headers, query parameters and body keys, in the order declared, the
 * authorization first, as the developer guide's TRACE example shows them; where a name is given by both, the
 * connection's value is sent (EventBridge's rule for the parameters of a connection: "any values from the Connection
 * taking precedence"). Body parameters are added to a JSON object body or a URL-encoded body; a request without a
 * body, or with another body, is sent without them (Orrery's choice: no documentation says what AWS does then).
 * OAuth is not modelled: give its header with {@link #withHeader(String, String)}.
 *
 * @param headers the headers the connection adds, authorization first
 * @param queryParameters the query string parameters it adds
 * @param bodyParameters the body parameters it adds
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HttpConnection(List<Parameter> headers, List<Parameter> queryParameters,
        List<Parameter> bodyParameters) {

    /**
     * Copy the lists.
     *
     * @param headers the headers the connection adds
     * @param queryParameters the query string parameters it adds
     * @param bodyParameters the body parameters it adds
     */
    public HttpConnection {
        headers = List.copyOf(headers);
        queryParameters = List.copyOf(queryParameters);
        bodyParameters = List.copyOf(bodyParameters);
    }

    /**
     * One name and value a connection adds.
     *
     * @param key the name, never {@code null}
     * @param value the value, never {@code null}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Parameter(String key, String value) {

        /**
         * Check the parts.
         *
         * @param key the name
         * @param value the value
         */
        public Parameter {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Return a connection that adds nothing yet.
     *
     * @return the connection
     */
    public static HttpConnection none() {
        return new HttpConnection(List.of(), List.of(), List.of());
    }

    /**
     * Return a connection with Basic authorization: {@code Authorization: Basic <base64 of username:password>}.
     *
     * @param username the user name
     * @param password the password
     * @return the connection
     */
    public static HttpConnection basic(String username, String password) {
        String credentials = Objects.requireNonNull(username, "username") + ":"
                + Objects.requireNonNull(password, "password");
        return none().withHeader("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Return a connection with API key authorization: the key sent as the named header.
     *
     * @param headerName the header that carries the key, e.g. {@code x-api-key}
     * @param key the key
     * @return the connection
     */
    public static HttpConnection apiKey(String headerName, String key) {
        return none().withHeader(headerName, key);
    }

    /**
     * Return this connection adding one more header.
     *
     * @param name the header name
     * @param value the header value
     * @return the connection
     */
    public HttpConnection withHeader(String name, String value) {
        return new HttpConnection(plus(headers, name, value), queryParameters, bodyParameters);
    }

    /**
     * Return this connection adding one more query string parameter.
     *
     * @param name the parameter name
     * @param value the parameter value
     * @return the connection
     */
    public HttpConnection withQueryParameter(String name, String value) {
        return new HttpConnection(headers, plus(queryParameters, name, value), bodyParameters);
    }

    /**
     * Return this connection adding one more body parameter.
     *
     * @param name the body key
     * @param value the value, sent as a JSON string (or a form value)
     * @return the connection
     */
    public HttpConnection withBodyParameter(String name, String value) {
        return new HttpConnection(headers, queryParameters, plus(bodyParameters, name, value));
    }

    private static List<Parameter> plus(List<Parameter> parameters, String key, String value) {
        List<Parameter> more = new ArrayList<>(parameters);
        more.add(new Parameter(key, value));
        return more;
    }
}
