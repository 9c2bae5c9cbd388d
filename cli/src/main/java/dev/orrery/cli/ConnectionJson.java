package dev.orrery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.http.HttpConnection;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads an EventBridge connection for {@code --connection ARN=JSON|@FILE}: the {@code CreateConnection} request as
 * {@code aws events create-connection --cli-input-json} takes it, with AWS's own field names. {@code AuthParameters}
 * holds {@code BasicAuthParameters} ({@code Username}, {@code Password}), {@code ApiKeyAuthParameters}
 * ({@code ApiKeyName}, {@code ApiKeyValue}) and {@code InvocationHttpParameters} ({@code HeaderParameters},
 * {@code QueryStringParameters}, {@code BodyParameters}: arrays of {@code {"Key", "Value", "IsValueSecret"}}); the
 * request's other fields ({@code Name}, {@code Description}, {@code AuthorizationType}) are accepted and not used.
 * {@code OAuthParameters} is refused: Orrery does not fetch tokens (give the header in {@code HeaderParameters}).
 */
final class ConnectionJson {

    private static final Set<String> TOP = Set.of("Name", "Description", "AuthorizationType", "AuthParameters",
            "InvocationConnectivityParameters", "KmsKeyIdentifier");
    private static final Set<String> AUTH = Set.of("BasicAuthParameters", "ApiKeyAuthParameters",
            "InvocationHttpParameters", "OAuthParameters", "ConnectivityParameters");

    private ConnectionJson() {}

    /** Read a connection; {@code where} names it in messages ({@code --connection ARN}). */
    static HttpConnection read(String where, JsonNode json) throws UsageException {
        object(where, json);
        known(where, json, TOP);
        JsonNode auth = json.path("AuthParameters");
        if (auth.isMissingNode()) {
            throw new UsageException(where + ": AuthParameters is missing");
        }
        object(where + " (/AuthParameters)", auth);
        known(where + " (/AuthParameters)", auth, AUTH);
        if (auth.has("OAuthParameters")) {
            throw new UsageException(where + " (/AuthParameters/OAuthParameters): OAuth is not supported: Orrery "
                    + "fetches no token; give the Authorization header in InvocationHttpParameters.HeaderParameters");
        }
        HttpConnection connection = HttpConnection.none();
        if (auth.has("BasicAuthParameters")) {
            JsonNode basic = auth.get("BasicAuthParameters");
            String at = where + " (/AuthParameters/BasicAuthParameters)";
            connection = HttpConnection.basic(text(at, basic, "Username"), text(at, basic, "Password"));
        }
        if (auth.has("ApiKeyAuthParameters")) {
            JsonNode key = auth.get("ApiKeyAuthParameters");
            String at = where + " (/AuthParameters/ApiKeyAuthParameters)";
            HttpConnection apiKey = HttpConnection.apiKey(text(at, key, "ApiKeyName"), text(at, key, "ApiKeyValue"));
            for (HttpConnection.Parameter header : apiKey.headers()) {
                connection = connection.withHeader(header.key(), header.value());
            }
        }
        JsonNode http = auth.path("InvocationHttpParameters");
        String at = where + " (/AuthParameters/InvocationHttpParameters";
        for (JsonNode p : parameters(at + "/HeaderParameters)", http.path("HeaderParameters"))) {
            connection = connection.withHeader(p.get("Key").asText(), p.get("Value").asText());
        }
        for (JsonNode p : parameters(at + "/QueryStringParameters)", http.path("QueryStringParameters"))) {
            connection = connection.withQueryParameter(p.get("Key").asText(), p.get("Value").asText());
        }
        for (JsonNode p : parameters(at + "/BodyParameters)", http.path("BodyParameters"))) {
            connection = connection.withBodyParameter(p.get("Key").asText(), p.get("Value").asText());
        }
        return connection;
    }

    /** Check a list of {@code {"Key", "Value", "IsValueSecret"}}; a missing list is empty. */
    private static Iterable<JsonNode> parameters(String where, JsonNode list) throws UsageException {
        if (list.isMissingNode()) {
            return java.util.List.of();
        }
        if (!list.isArray()) {
            throw new UsageException(where + ": expected an array of {\"Key\", \"Value\"}");
        }
        for (JsonNode p : list) {
            object(where, p);
            text(where, p, "Key");
            text(where, p, "Value");
        }
        return list;
    }

    private static void object(String where, JsonNode node) throws UsageException {
        if (!node.isObject()) {
            throw new UsageException(where + ": expected a JSON object");
        }
    }

    private static void known(String where, JsonNode node, Set<String> fields) throws UsageException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                throw new UsageException(where + ": unknown field '" + name + "' (expected one of "
                        + new java.util.TreeSet<>(fields) + ")");
            }
        }
    }

    private static String text(String where, JsonNode node, String field) throws UsageException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new UsageException(where + ": " + field + " must be a string");
        }
        return value.asText();
    }
}
