package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.http.HttpConnection;
import dev.orrery.internal.http.HttpInvokeRequest;
import dev.orrery.internal.http.HttpTaskFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP request and response of an HTTP Task at inspection level TRACE, in the shape of TestState's
 * {@code InspectionDataRequest} ({@code protocol, method, url, headers, body}) and {@code InspectionDataResponse}
 * ({@code protocol, statusCode, statusMessage, headers, body}). The request is built from the task's effective
 * parameters, the response from its result ({@code StatusCode}, {@code StatusText}, {@code Headers},
 * {@code ResponseBody}); both only for a call that was made (not for a mocked result). The {@code headers} text is
 * written as the developer guide's TRACE example shows it (Example 3 of "Using TestState API to test a state"): each
 * header as {@code name: value}, joined by {@code ", "}, in square brackets. A response header with several values is
 * written once per value (Orrery's own choice: the example shows single values only). {@code protocol} is the scheme
 * of the endpoint. After the task's own headers come the two every HTTP Task sends, as the guide's TRACE example
 * shows them: {@code User-Agent: Amazon|StepFunctions|HttpInvoke|<region>} and {@code Range: bytes=0-262144}
 * ({@code Content-Type}, which the call also gets when it has a body, is not listed there, so it is not listed here).
 * What an EventBridge connection adds (authorization, headers, query parameters, body keys: all of it secrets, the
 * API reference says) is shown only when the request has {@code revealSecrets} true, and AWS omits it otherwise;
 * Orrery knows it when the tester's integration is an {@link dev.orrery.http.HttpTasks} that declares the connection.
 */
final class HttpInspection {

    private HttpInspection() {}

    /**
     * Return the request, or {@code null} when the parameters build none.
     *
     * @param context the Context object the state saw: its execution ARN names the region of the User-Agent
     * @param revealed what the connection of an ARN adds, for a request that reveals secrets (else nothing)
     */
    static @Nullable JsonNode request(@Nullable JsonNode parameters, JsonNode context,
            Function<String, @Nullable HttpConnection> revealed) {
        if (parameters == null) {
            return null;
        }
        HttpInvokeRequest call;
        try {
            call = HttpInvokeRequest.from(parameters);
            String arn = HttpInvokeRequest.connectionArn(parameters);
            HttpConnection connection = arn == null ? null : revealed.apply(arn);
            if (connection != null) {
                call = call.withConnection(connection, parameters);
            }
        } catch (HttpTaskFailure e) {
            return null;
        }
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("protocol", call.endpoint().getScheme() == null ? "https" : call.endpoint().getScheme());
        request.put("method", call.method());
        request.put("url", call.endpoint() + (call.query().isEmpty() ? "" : "?" + call.query()));
        List<String> headers = new ArrayList<>();
        call.headers().forEach(header -> headers.add(header.name() + ": " + header.value()));
        headers.add("User-Agent: Amazon|StepFunctions|HttpInvoke|"
                + HttpInvokeRequest.region(context.path("Execution").path("Id").asText("")));
        headers.add("Range: bytes=0-262144");
        request.put("headers", bracketed(headers));
        request.put("body", call.body() == null ? "" : call.body());
        return request;
    }

    /** Return the response, or {@code null} when the task has no result. */
    static @Nullable JsonNode response(@Nullable JsonNode result, @Nullable JsonNode request) {
        if (result == null || !result.isObject() || !result.has("StatusCode")) {
            return null;
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("protocol", request == null ? "https" : request.path("protocol").asText("https"));
        response.put("statusCode", result.path("StatusCode").asText());
        response.put("statusMessage", result.path("StatusText").asText());
        response.put("headers", bracketed(responseHeaders(result.path("Headers"))));
        JsonNode body = result.get("ResponseBody");
        response.put("body", body == null ? "" : body.isTextual() ? body.asText() : body.toString());
        return response;
    }

    private static List<String> responseHeaders(JsonNode headers) {
        List<String> lines = new ArrayList<>();
        headers.fields().forEachRemaining(header -> {
            if (header.getValue().isArray()) {
                header.getValue().forEach(value -> lines.add(header.getKey() + ": " + value.asText()));
            } else {
                lines.add(header.getKey() + ": " + header.getValue().asText());
            }
        });
        return lines;
    }

    private static String bracketed(List<String> headers) {
        return "[" + String.join(", ", headers) + "]";
    }
}
