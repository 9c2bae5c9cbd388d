package dev.orrery.server.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS JSON 1.0 protocol: {@code POST /} with {@code X-Amz-Target: AWSStepFunctions.<Operation>} and a JSON
 * body; answers {@code 200} with the response body, or {@code 400} with {@code {"__type": code, "message": text}}.
 * Signatures are not checked; the region is read from the signature's credential scope (default {@code us-east-1}).
 * A request that breaks the service is answered {@code 500 InternalFailure} with one line on the error stream, never
 * a stack trace, and the server keeps serving.
 */
public final class JsonProtocolHandler implements HttpHandler {

    /** The largest request body accepted: AWS's 1 MiB definition limit, JSON-escaped, with room to spare. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    /** How much of an oversized body is read and dropped before the refusal is sent (beyond it, the link resets). */
    private static final long MAX_DRAINED_BYTES = 8L * MAX_BODY_BYTES;

    private static final String TARGET_PREFIX = "AWSStepFunctions.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final Pattern REGION = Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([a-z0-9-]+)/");

    private final StepFunctionsService service;
    private final PrintStream log;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Create the handler.
     *
     * @param service what answers the calls
     * @param log where unexpected failures are reported, one line each
     */
    public JsonProtocolHandler(StepFunctionsService service, PrintStream log) {
        this.service = service;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status;
            ObjectNode body;
            try {
                body = answer(exchange);
                status = 200;
            } catch (ApiException e) {
                status = 400;
                body = error(e.code(), e.getMessage());
                exchange.getResponseHeaders().set("x-amzn-ErrorType", e.code());
            } catch (RuntimeException e) {
                status = 500;
                body = error("InternalFailure", "Orrery: the request failed unexpectedly: " + e);
                log.println("orrery serve: " + exchange.getRequestHeaders().getFirst("X-Amz-Target") + " failed: "
                        + e);
            }
            byte[] bytes = mapper.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private ObjectNode answer(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (!exchange.getRequestMethod().equals("POST") || target == null || !target.startsWith(TARGET_PREFIX)) {
            throw new ApiException("UnknownOperationException", "Orrery: the Step Functions API takes POST / with "
                    + "X-Amz-Target: AWSStepFunctions.<Operation>, but got " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI() + (target == null ? " without X-Amz-Target" : " for " + target));
        }
        byte[] bytes = read(exchange.getRequestBody());
        JsonNode request;
        try {
            request = bytes.length == 0 ? JsonNodeFactory.instance.objectNode() : mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ApiException("SerializationException", "Orrery: the request body is not JSON: "
                    + e.getOriginalMessage());
        }
        return service.handle(target.substring(TARGET_PREFIX.length()), request, region(exchange));
    }

    private static String region(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            Matcher matcher = REGION.matcher(authorization);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return "us-east-1";
    }

    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(chunk)) > 0;) {
            total += n;
            if (total > MAX_BODY_BYTES) {
                drain(in, chunk, total);
                throw new ApiException("ValidationException", "Orrery: the request body exceeds "
                        + MAX_BODY_BYTES + " bytes");
            }
            buffer.write(chunk, 0, n);
        }
        return buffer.toByteArray();
    }

    /**
     * Read and discard the rest of an oversized body (up to {@link #MAX_DRAINED_BYTES}), so that the refusal reaches
     * the client: closing a connection with unread bytes resets it and loses the response.
     */
    private static void drain(InputStream in, byte[] chunk, long read) throws IOException {
        long total = read;
        for (int n; total < MAX_DRAINED_BYTES && (n = in.read(chunk)) > 0;) {
            total += n;
        }
    }

    private static ObjectNode error(String code, String message) {
        return JsonNodeFactory.instance.objectNode().put("__type", code).put("message", message);
    }
}
