package dev.orrery.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response mapped to the HTTP Task's result, {@code {"Headers": {"name": ["value"]}, "ResponseBody": ...,
 * "StatusCode": 200, "StatusText": "OK"}}, with header names in lower case and the body parsed when its
 * {@code content-type} is JSON (a string otherwise).
 *
 * <p>A 2xx status is a success; any other fails with {@code States.Http.StatusCode.<code>} and the status text as
 * cause. A binary content type ({@code application/octet-stream}, {@code image/*}, {@code video/*},
 * {@code audio/*}) or a body that is not valid UTF-8 fails with {@code States.Runtime}, as on AWS.
 */
public final class HttpInvokeResult {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpInvokeResult() {}

    /**
     * Return the task's result for a 2xx response.
     *
     * @param statusCode the response's status code
     * @param headers the response's headers, by name (any case)
     * @param body the response's body bytes
     * @throws HttpTaskFailure with {@code States.Http.StatusCode.<code>} for a status that is not 2xx, with
     *     {@code States.Runtime} for an unsupported body
     */
    public static JsonNode of(int statusCode, Map<String, List<String>> headers, byte[] body) {
        Map<String, List<String>> lowerCase = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (!name.startsWith(":")) {
                lowerCase.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .addAll(values);
            }
        });
        String statusText = ReasonPhrases.of(statusCode);
        if (statusCode < 200 || statusCode > 299) {
            throw new HttpTaskFailure("States.Http.StatusCode." + statusCode, statusText);
        }
        String mediaType = mediaType(lowerCase.getOrDefault("content-type", List.of()));
        if (mediaType.equals("application/octet-stream") || mediaType.startsWith("image/")
                || mediaType.startsWith("video/") || mediaType.startsWith("audio/")) {
            throw HttpTaskFailure.runtime("The HTTP Task's response has the unsupported content-type " + mediaType);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode headerNode = result.putObject("Headers");
        lowerCase.forEach((name, values) -> {
            ArrayNode array = headerNode.putArray(name);
            values.forEach(array::add);
        });
        result.set("ResponseBody", body(text(body), mediaType));
        result.put("StatusCode", statusCode);
        result.put("StatusText", statusText);
        return result;
    }

    private static JsonNode body(String text, String mediaType) {
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            try {
                JsonNode parsed = JSON.readTree(text);
                if (parsed != null && !parsed.isMissingNode()) {
                    return parsed;
                }
            } catch (JsonProcessingException e) {
                return TextNode.valueOf(text);
            }
        }
        return TextNode.valueOf(text);
    }

    private static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw HttpTaskFailure.runtime("The HTTP Task's response body cannot be read as a valid string");
        }
    }

    private static String mediaType(List<String> contentType) {
        if (contentType.isEmpty()) {
            return "";
        }
        String value = contentType.get(0);
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
