package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.spi.TaskRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Wraps a service's answer the way Step Functions hands it to the state, so that mocks give only what the service
 * itself returns.
 *
 * <p>For {@code arn:aws:states:::lambda:invoke} the result is the Invoke envelope recorded on AWS:
 * {@code ExecutedVersion}, {@code Payload}, {@code SdkHttpMetadata} (headers, status 200),
 * {@code SdkResponseMetadata} and {@code StatusCode}. Its request id is derived from the execution, state and call
 * number, and its {@code Date} header from the state's entered time, so runs stay deterministic; a request with
 * {@code "LogType": "Tail"} also gets {@code LogResult} (a base64 log tail) and its header. A Lambda function
 * ARN (the legacy resource) and {@code .waitForTaskToken} return the payload itself.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AwsResponses {

    private static final Pattern LAMBDA_INVOKE = Pattern.compile("arn:[^:]+:states:::lambda:invoke");
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AwsResponses() {}

    /**
     * Return what a Task on the request's resource returns when the Lambda function returns the payload.
     *
     * @param request the Task call, never {@code null}
     * @param payload what the Lambda function returns, never {@code null}
     * @return the Invoke envelope for {@code lambda:invoke}, else the payload itself
     */
    public static JsonNode lambda(TaskRequest request, JsonNode payload) {
        return LAMBDA_INVOKE.matcher(request.resource()).matches() ? lambdaInvokeEnvelope(request, payload) : payload;
    }

    /**
     * Return the {@code lambda:invoke} result for a function that returned the payload.
     *
     * @param request the Task call, never {@code null}
     * @param payload what the Lambda function returns, never {@code null}
     * @return a new Invoke envelope holding the payload
     */
    public static ObjectNode lambdaInvokeEnvelope(TaskRequest request, JsonNode payload) {
        String requestId = requestId(request);
        String length = Integer.toString(PythonJson.write(payload).getBytes(StandardCharsets.UTF_8).length);
        String date = httpDate(request);
        String trace = "Root=1-" + requestId.replace("-", "").substring(0, 8) + "-"
                + requestId.replace("-", "").substring(8, 32) + ";Sampled=0";
        String log = "Tail".equals(request.payloadAt("/LogType").asText()) ? logResult(requestId) : null;
        ObjectNode all = NODES.objectNode();
        if (log != null) {
            all.set("X-Amz-Log-Result", list(log));
        }
        all.set("X-Amz-Executed-Version", list("$LATEST"));
        all.set("x-amzn-Remapped-Content-Length", list("0"));
        all.set("Connection", list("keep-alive"));
        all.set("x-amzn-RequestId", list(requestId));
        all.set("Content-Length", list(length));
        all.set("Date", list(date));
        all.set("X-Amzn-Trace-Id", list(trace));
        all.set("Content-Type", list("application/json"));
        ObjectNode headers = NODES.objectNode();
        headers.put("Connection", "keep-alive").put("Content-Length", length).put("Content-Type", "application/json")
                .put("Date", date).put("X-Amz-Executed-Version", "$LATEST");
        if (log != null) {
            headers.put("X-Amz-Log-Result", log);
        }
        headers.put("x-amzn-Remapped-Content-Length", "0").put("x-amzn-RequestId", requestId)
                .put("X-Amzn-Trace-Id", trace);
        ObjectNode http = NODES.objectNode();
        http.set("AllHttpHeaders", all);
        http.set("HttpHeaders", headers);
        http.put("HttpStatusCode", 200);
        ObjectNode envelope = NODES.objectNode();
        envelope.put("ExecutedVersion", "$LATEST");
        if (log != null) {
            envelope.put("LogResult", log);
        }
        envelope.set("Payload", payload);
        envelope.set("SdkHttpMetadata", http);
        envelope.set("SdkResponseMetadata", NODES.objectNode().put("RequestId", requestId));
        envelope.put("StatusCode", 200);
        return envelope;
    }

    /**
     * Return the cause text Step Functions reports when a Lambda function raises an error: the function's error
     * object {@code {"errorMessage", "errorType", "requestId", "stackTrace"}} as compact JSON.
     *
     * @param request the Task call, never {@code null}
     * @param errorType the function's error type, never {@code null}
     * @param errorMessage the function's error message, never {@code null}
     * @return the cause text
     */
    public static String lambdaErrorCause(TaskRequest request, String errorType, String errorMessage) {
        ObjectNode cause = NODES.objectNode();
        cause.put("errorMessage", errorMessage).put("errorType", errorType).put("requestId", requestId(request));
        cause.set("stackTrace", NODES.arrayNode());
        return cause.toString();
    }

    private static String logResult(String requestId) {
        String log = "START RequestId: " + requestId + " Version: $LATEST\nEND RequestId: " + requestId
                + "\nREPORT RequestId: " + requestId + "\n";
        return Base64.getEncoder().encodeToString(log.getBytes(StandardCharsets.UTF_8));
    }

    static String requestId(TaskRequest request) {
        String seed = request.contextAt("/Execution/Id").asText() + "/" + request.stateName() + "/"
                + request.invocation();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String httpDate(TaskRequest request) {
        String entered = request.contextAt("/State/EnteredTime").asText();
        try {
            return HTTP_DATE.format(Instant.parse(entered));
        } catch (DateTimeParseException e) {
            return HTTP_DATE.format(Instant.EPOCH);
        }
    }

    private static ArrayNode list(String value) {
        return NODES.arrayNode().add(value);
    }
}
