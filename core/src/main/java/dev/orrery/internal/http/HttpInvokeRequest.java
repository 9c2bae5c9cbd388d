package dev.orrery.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.http.HttpConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP request an HTTP Task's effective parameters describe, built as AWS builds it: {@code ApiEndpoint} with the
 * URL-encoded {@code QueryParameters} appended, the {@code Headers}, and the {@code RequestBody} serialized as JSON
 * or, with {@code Transform.RequestBodyEncoding} {@code URL_ENCODED}, as form data. The headers AWS adds
 * ({@code User-Agent}, {@code Range}, a default {@code Content-Type}) are added when the request is sent.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param endpoint the {@code ApiEndpoint} as given
 * @param query the full encoded query (the endpoint's own, then the parameters), empty when there is none
 * @param headers the headers of the definition, in order
 * @param body the request body, or {@code null} when the parameters have no {@code RequestBody}
 */
public record HttpInvokeRequest(String method, URI endpoint, String query, List<Header> headers,
        @Nullable String body) {

    private static final Pattern HTTP_INVOKE = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:http:invoke");

    /** The default {@code Content-Type} of a request with a body and no such header. */
    public static final String DEFAULT_CONTENT_TYPE = "application/json; charset=UTF-8";

    /** Copy the headers. */
    public HttpInvokeRequest {
        headers = List.copyOf(headers);
    }

    /**
     * One request header.
     *
     * @param name the header name as written in the definition
     * @param value the header value
     */
    public record Header(String name, String value) {}

    /** Return whether a Task's resource is the HTTP Task's, {@code arn:<partition>:states:::http:invoke}. */
    public static boolean isHttpInvoke(String resource) {
        return HTTP_INVOKE.matcher(resource).matches();
    }

    /**
     * Build the request from the effective parameters of an HTTP Task.
     *
     * @throws HttpTaskFailure with {@code States.Runtime} when the parameters cannot build a request
     */
    public static HttpInvokeRequest from(JsonNode parameters) {
        if (!parameters.isObject()) {
            throw HttpTaskFailure.runtime("The parameters of an HTTP Task must be a JSON object but were "
                    + describe(parameters));
        }
        URI endpoint = endpoint(parameters.get("ApiEndpoint"));
        String method = method(parameters.get("Method"));
        requireConnectionArn(parameters);
        List<Header> headers = headers(parameters.get("Headers"));
        String query = join(endpoint.getRawQuery(), query(parameters.get("QueryParameters")));
        JsonNode transform = parameters.get("Transform");
        String body = body(parameters.get("RequestBody"), bodyEncoding(transform), arrayFormat(transform));
        return new HttpInvokeRequest(method, endpoint, query, headers, body);
    }

    /** Return the endpoint's origin: scheme, host and port, e.g. {@code https://api.example.com}. */
    public String origin() {
        return origin(endpoint);
    }

    /** Return the path and query to send, e.g. {@code /v1/customers?currency=usd}. */
    public String pathAndQuery() {
        String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "" : endpoint.getRawPath();
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Return whether a header of that name is set (names compare case-insensitively). */
    public boolean hasHeader(String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
    }

    /** Return a URI's origin: lower-case scheme and host, and the port when it is not the scheme's default. */
    public static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static URI endpoint(@Nullable JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw HttpTaskFailure.runtime("The HTTP Task's ApiEndpoint must be a string holding a URL but was "
                    + describe(value));
        }
        try {
            URI uri = new URI(value.asText());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw HttpTaskFailure.runtime("The HTTP Task's ApiEndpoint must be an absolute https URL but was "
                        + value);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw HttpTaskFailure.runtime("The HTTP Task's ApiEndpoint " + value + " is not a valid URL: "
                    + e.getMessage());
        }
    }

    private static String method(@Nullable JsonNode value) {
        if (value == null || !value.isTextual() || !HttpMethods.isAllowed(value.asText())) {
            throw HttpTaskFailure.runtime("The HTTP Task's Method must be one of " + HttpMethods.ALLOWED
                    + " but was " + describe(value));
        }
        return value.asText();
    }

    /**
     * Return the region named by an execution ARN, the region of the {@code User-Agent} every HTTP Task sends;
     * {@code us-east-1} when the ARN names none.
     */
    public static String region(String executionArn) {
        String[] arn = executionArn.split(":");
        return arn.length > 3 && !arn[3].isEmpty() ? arn[3] : "us-east-1";
    }

    /** Return the ARN of the EventBridge connection the parameters name, or {@code null}. */
    public static @Nullable String connectionArn(JsonNode parameters) {
        for (String field : List.of("InvocationConfig", "Authentication")) {
            JsonNode config = parameters.get(field);
            if (config != null && config.path("ConnectionArn").isTextual()) {
                return config.path("ConnectionArn").asText();
            }
        }
        return null;
    }

    /**
     * Return this request with what a connection adds (see {@link HttpConnection}): its headers after the task's,
     * replacing a task header of the same name (compared case-insensitively); its query parameters after the task's,
     * replacing a task parameter of the same name; its body parameters added to a JSON object body or, when the task
     * URL-encodes its body, appended to the form data, replacing a key of the same name; another body is kept as is.
     *
     * @param connection the connection's additions
     * @param parameters the task's effective parameters, which tell how the body is encoded
     */
    public HttpInvokeRequest withConnection(HttpConnection connection, JsonNode parameters) {
        List<Header> merged = new ArrayList<>();
        for (Header header : headers) {
            if (connection.headers().stream().noneMatch(p -> p.key().equalsIgnoreCase(header.name()))) {
                merged.add(header);
            }
        }
        connection.headers().forEach(p -> merged.add(new Header(p.key(), p.value())));
        ObjectNode queryAdditions = JsonNodeFactory.instance.objectNode();
        connection.queryParameters().forEach(p -> queryAdditions.put(p.key(), p.value()));
        String mergedQuery = join(withoutKeys(query, queryAdditions), UrlEncoding.query(queryAdditions));
        return new HttpInvokeRequest(method, endpoint, mergedQuery, merged, withBody(connection, parameters));
    }

    private @Nullable String withBody(HttpConnection connection, JsonNode parameters) {
        if (body == null || connection.bodyParameters().isEmpty()) {
            return body;
        }
        ObjectNode additions = JsonNodeFactory.instance.objectNode();
        connection.bodyParameters().forEach(p -> additions.put(p.key(), p.value()));
        if (bodyEncoding(parameters.get("Transform")) == RequestBodyEncoding.URL_ENCODED) {
            return join(withoutKeys(body, additions), UrlEncoding.form(additions, ArrayFormat.INDICES));
        }
        JsonNode json = parameters.get("RequestBody");
        if (json == null || !json.isObject()) {
            return body;
        }
        ObjectNode merged = ((ObjectNode) json).deepCopy();
        merged.setAll(additions);
        return merged.toString();
    }

    /** Return form or query text without the pairs whose (encoded) key the additions name. */
    private static String withoutKeys(String text, JsonNode additions) {
        if (text.isEmpty()) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : text.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            boolean replaced = false;
            for (Iterator<String> names = additions.fieldNames(); names.hasNext(); ) {
                if (UrlEncoding.encode(names.next()).equals(key)) {
                    replaced = true;
                }
            }
            if (!replaced) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static void requireConnectionArn(JsonNode parameters) {
        for (String field : List.of("InvocationConfig", "Authentication")) {
            JsonNode config = parameters.get(field);
            if (config != null && config.path("ConnectionArn").isTextual()) {
                return;
            }
        }
        throw HttpTaskFailure.runtime("An HTTP Task needs the ARN of an EventBridge connection in"
                + " InvocationConfig.ConnectionArn or Authentication.ConnectionArn");
    }

    private static List<Header> headers(@Nullable JsonNode value) {
        List<Header> headers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : entries(value, "Headers")) {
            if (ForbiddenHeaders.isForbidden(field.getKey())) {
                throw HttpTaskFailure.runtime("The header " + field.getKey() + " cannot be set in an HTTP Task"
                        + " definition");
            }
            JsonNode header = field.getValue();
            if (header.isArray()) {
                header.forEach(item -> headers.add(new Header(field.getKey(), UrlEncoding.text(item))));
            } else if (!header.isNull()) {
                headers.add(new Header(field.getKey(), UrlEncoding.text(header)));
            }
        }
        return headers;
    }

    private static String query(@Nullable JsonNode value) {
        if (value != null && value.isTextual()) {
            String text = value.asText();
            return text.startsWith("?") ? text.substring(1) : text;
        }
        List<String> parts = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> parts.add(UrlEncoding.query(requireObject(item, "QueryParameters"))));
        } else if (value != null && !value.isNull()) {
            parts.add(UrlEncoding.query(requireObject(value, "QueryParameters")));
        }
        return parts.stream().filter(p -> !p.isEmpty()).reduce((a, b) -> a + "&" + b).orElse("");
    }

    private static RequestBodyEncoding bodyEncoding(@Nullable JsonNode transform) {
        JsonNode value = transform == null ? null : transform.get("RequestBodyEncoding");
        if (value == null || value.isNull()) {
            return RequestBodyEncoding.NONE;
        }
        RequestBodyEncoding encoding = value.isTextual() ? RequestBodyEncoding.named(value.asText()) : null;
        if (encoding == null) {
            throw HttpTaskFailure.runtime("The HTTP Task's Transform.RequestBodyEncoding must be NONE or"
                    + " URL_ENCODED but was " + value);
        }
        return encoding;
    }

    private static ArrayFormat arrayFormat(@Nullable JsonNode transform) {
        JsonNode value = transform == null ? null : transform.path("RequestEncodingOptions").get("ArrayFormat");
        if (value == null || value.isNull()) {
            return ArrayFormat.INDICES;
        }
        ArrayFormat format = value.isTextual() ? ArrayFormat.named(value.asText()) : null;
        if (format == null) {
            throw HttpTaskFailure.runtime("The HTTP Task's Transform.RequestEncodingOptions.ArrayFormat must be one"
                    + " of INDICES, REPEAT, COMMAS, BRACKETS but was " + value);
        }
        return format;
    }

    private static @Nullable String body(@Nullable JsonNode value, RequestBodyEncoding encoding, ArrayFormat arrays) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (encoding == RequestBodyEncoding.NONE) {
            return value.toString();
        }
        if (value.isArray()) {
            throw HttpTaskFailure.runtime("The HTTP Task's RequestBody must be a JSON object to be URL_ENCODED but"
                    + " was an array");
        }
        return value.isObject() ? UrlEncoding.form(value, arrays) : UrlEncoding.text(value);
    }

    private static List<Map.Entry<String, JsonNode>> entries(@Nullable JsonNode value, String field) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (value == null || value.isNull()) {
            return entries;
        }
        if (value.isArray()) {
            value.forEach(item -> entries.addAll(entries(requireObject(item, field), field)));
            return entries;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = requireObject(value, field).fields(); it.hasNext(); ) {
            entries.add(it.next());
        }
        return entries;
    }

    private static JsonNode requireObject(JsonNode value, String field) {
        if (!value.isObject()) {
            throw HttpTaskFailure.runtime("The HTTP Task's " + field + " must be a JSON object (or an array of"
                    + " them) but was " + describe(value));
        }
        return value;
    }

    private static String join(@Nullable String first, String second) {
        if (first == null || first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + "&" + second;
    }

    private static String describe(@Nullable JsonNode value) {
        return value == null ? "missing" : value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value;
    }
}
