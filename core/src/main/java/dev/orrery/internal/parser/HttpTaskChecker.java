package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.http.ArrayFormat;
import dev.orrery.internal.http.ForbiddenHeaders;
import dev.orrery.internal.http.HttpInvokeRequest;
import dev.orrery.internal.http.HttpMethods;
import dev.orrery.internal.http.RequestBodyEncoding;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Checks the parameters of an HTTP Task ({@code arn:aws:states:::http:invoke}) where they are static: the required
 * {@code ApiEndpoint}, {@code Method} and connection ARN, the method and {@code Transform} values, and the headers
 * AWS forbids. Values given by a path ({@code "Method.$"}) or a JSONata expression are checked when the task runs.
 */
final class HttpTaskChecker {

    private static final List<String> FIELDS = List.of("ApiEndpoint", "Method", "InvocationConfig", "Authentication",
            "Headers", "QueryParameters", "RequestBody", "Transform");

    private final Diagnostics diagnostics;

    HttpTaskChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Return whether the resource is the HTTP Task's. */
    static boolean isHttpTask(String resource) {
        return HttpInvokeRequest.isHttpInvoke(resource);
    }

    /** Check the Parameters (JSONPath) or Arguments (JSONata) of an HTTP Task state. */
    void check(JsonNode state, String pointer) {
        String field = state.has("Arguments") ? "Arguments" : "Parameters";
        JsonNode parameters = state.get(field);
        if (parameters == null) {
            diagnostics.error(Diagnostics.SCHEMA, pointer, "An HTTP Task (arn:aws:states:::http:invoke) needs"
                    + " Parameters (or Arguments with JSONata) with ApiEndpoint, Method and"
                    + " InvocationConfig.ConnectionArn");
            return;
        }
        if (!parameters.isObject()) {
            return;
        }
        String at = pointer + "/" + field;
        unknownFields(parameters, at);
        apiEndpoint(parameters, at);
        method(parameters, at);
        connection(parameters, at);
        headers(parameters.get("Headers"), at + "/Headers");
        transform(parameters.get("Transform"), at + "/Transform");
    }

    private void unknownFields(JsonNode parameters, String at) {
        for (Iterator<String> it = parameters.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            if (!FIELDS.contains(name)) {
                diagnostics.warning(Diagnostics.SCHEMA, Pointers.child(at, key), "unknown field \"" + name
                        + "\" in the parameters of an HTTP Task"
                        + Suggestions.didYouMean(name, FIELDS));
            }
        }
    }

    private void apiEndpoint(JsonNode parameters, String at) {
        JsonNode endpoint = parameters.get("ApiEndpoint");
        if (endpoint == null) {
            required(parameters, "ApiEndpoint", at, "the URL of the HTTPS API to call");
        } else if (!dynamic(endpoint) && !validUrl(endpoint)) {
            diagnostics.error(Diagnostics.SCHEMA, at + "/ApiEndpoint", "ApiEndpoint must be an absolute https URL,"
                    + " e.g. \"https://api.example.com/v1/orders\", but was " + endpoint);
        }
    }

    private void method(JsonNode parameters, String at) {
        JsonNode method = parameters.get("Method");
        if (method == null) {
            required(parameters, "Method", at, "one of " + String.join(", ", HttpMethods.ALLOWED));
        } else if (!dynamic(method) && !(method.isTextual() && HttpMethods.isAllowed(method.asText()))) {
            String hint = method.isTextual() && HttpMethods.isAllowed(method.asText().toUpperCase(Locale.ROOT))
                    ? "; did you mean \"" + method.asText().toUpperCase(Locale.ROOT) + "\"?" : "";
            diagnostics.error(Diagnostics.SCHEMA, at + "/Method", "Method must be one of "
                    + String.join(", ", HttpMethods.ALLOWED) + " but was " + method + hint);
        }
    }

    private void connection(JsonNode parameters, String at) {
        boolean found = false;
        for (String name : new String[] {"InvocationConfig", "Authentication"}) {
            JsonNode config = parameters.get(name);
            if (parameters.has(name + ".$")) {
                found = true;
            } else if (config != null) {
                found = true;
                if (config.isObject() && !config.has("ConnectionArn") && !config.has("ConnectionArn.$")) {
                    diagnostics.error(Diagnostics.SCHEMA, at + "/" + name, "The field 'ConnectionArn' is required"
                            + " but was missing: give the ARN of the EventBridge connection of the API");
                }
            }
        }
        if (!found) {
            diagnostics.error(Diagnostics.SCHEMA, at, "An HTTP Task needs the ARN of an EventBridge connection:"
                    + " add \"InvocationConfig\": {\"ConnectionArn\": \"arn:aws:events:...:connection/...\"}"
                    + " (or the older \"Authentication\" field)");
        }
    }

    private void headers(@Nullable JsonNode headers, String at) {
        if (headers == null || !headers.isObject()) {
            return;
        }
        for (Iterator<String> it = headers.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            if (ForbiddenHeaders.isForbidden(name)) {
                diagnostics.error(Diagnostics.SCHEMA, Pointers.child(at, key), "The header '" + name
                        + "' cannot be set in an HTTP Task (AWS fails the task with States.Runtime): Step Functions"
                        + " sets it or forbids it; put credentials in the EventBridge connection");
            }
        }
    }

    private void transform(@Nullable JsonNode transform, String at) {
        if (transform == null || !transform.isObject()) {
            return;
        }
        JsonNode encoding = transform.get("RequestBodyEncoding");
        if (encoding != null && !dynamic(encoding)
                && !(encoding.isTextual() && RequestBodyEncoding.named(encoding.asText()) != null)) {
            diagnostics.error(Diagnostics.SCHEMA, at + "/RequestBodyEncoding", "RequestBodyEncoding must be NONE or"
                    + " URL_ENCODED but was " + encoding);
        }
        JsonNode options = transform.get("RequestEncodingOptions");
        JsonNode format = options == null ? null : options.get("ArrayFormat");
        if (format != null && !dynamic(format)
                && !(format.isTextual() && ArrayFormat.named(format.asText()) != null)) {
            diagnostics.error(Diagnostics.SCHEMA, at + "/RequestEncodingOptions/ArrayFormat", "ArrayFormat must be"
                    + " one of INDICES, REPEAT, COMMAS, BRACKETS but was " + format);
        }
    }

    private void required(JsonNode parameters, String name, String at, String what) {
        if (!parameters.has(name + ".$")) {
            diagnostics.error(Diagnostics.SCHEMA, at, "The field '" + name + "' is required but was missing: an"
                    + " HTTP Task needs " + what);
        }
    }

    /** Return whether the value is a JSONata expression, decided when the task runs. */
    private static boolean dynamic(JsonNode value) {
        String text = value.isTextual() ? value.asText().trim() : "";
        return text.startsWith("{%") && text.endsWith("%}");
    }

    private static boolean validUrl(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        try {
            URI uri = new URI(value.asText());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
