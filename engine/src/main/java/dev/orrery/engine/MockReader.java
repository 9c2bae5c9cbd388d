package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.JobPolls;
import dev.orrery.mock.MockConfigException;
import dev.orrery.mock.TaskMocks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the mock of one Task state: a list of answers in call order, one answer, or Step Functions Local's
 * {@code MockedResponses} entry keyed by call numbers.
 */
final class MockReader {

    private static final Pattern CALLS = Pattern.compile("\\d+(-\\d+)?");
    private static final Set<String> ANSWERS = Set.of("returns", "returnsPayload", "error", "throwsServiceException",
            "throwsLambdaError", "timesOut", "awaitsCallback", "runsJob");
    private static final Set<String> KEYS = Set.of("returns", "returnsPayload", "error", "throwsServiceException",
            "throwsLambdaError", "cause", "timesOut", "awaitsCallback", "runsJob", "latency", "heartbeats", "times");
    private static final Set<String> LAMBDA_ERROR_KEYS = Set.of("errorType", "errorMessage");

    private MockReader() {}

    static StateMock stateMock(String state, boolean byResource, Node node) {
        JsonNode value = node.value();
        if (value.isObject() && value.size() > 0 && allCallNumbers(value)) {
            if (byResource) {
                node.problem("call numbers (\"0\", \"1-2\") go with the mocks of a state; give the answers of a "
                        + "resource as a list");
                return new StateMock(state, true, node.position(), List.of(), null);
            }
            checkNumbered(state, node);
            return new StateMock(state, false, node.position(), List.of(), value.deepCopy());
        }
        List<AnswerSpec> answers = new ArrayList<>();
        if (value.isArray()) {
            if (value.isEmpty()) {
                node.expected("at least one answer");
            }
            node.elements().forEach(element -> add(answers, answer(element)));
        } else if (value.isObject()) {
            add(answers, answer(node));
        } else {
            node.expected("a list of answers, an answer such as {returns: ...}, or call numbers (\"0\", \"1-2\") "
                    + "to {Return: ...} or {Throw: ...}");
        }
        return new StateMock(state, byResource, node.position(), answers, null);
    }

    /** Report a malformed entry of Step Functions Local's numbered responses where it stands. */
    private static void checkNumbered(String state, Node node) {
        ObjectNode responses = JsonNodeFactory.instance.objectNode();
        responses.set(state, node.value().deepCopy());
        try {
            TaskMocks.fromStepFunctionsLocal(responses);
        } catch (MockConfigException e) {
            String pointer = e.pointer();
            String inside = pointer.indexOf('/', 1) < 0 ? "" : pointer.substring(pointer.indexOf('/', 1));
            problemAt(node, inside, e.getMessage());
        }
    }

    private static void problemAt(Node node, String inside, String message) {
        node.problems().add(node.document().position(node.pointer() + inside), message);
    }

    private static boolean allCallNumbers(JsonNode value) {
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            if (!CALLS.matcher(member.getKey()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<AnswerSpec> answers, @Nullable AnswerSpec answer) {
        if (answer != null) {
            answers.add(answer);
        }
    }

    private static @Nullable AnswerSpec answer(Node node) {
        if (!node.isObject("an answer such as {returns: ...}, {error: ..., cause: ...}, {timesOut: true} or "
                + "{awaitsCallback: ...}")) {
            return null;
        }
        node.onlyKeys(KEYS);
        List<String> given = ANSWERS.stream().filter(key -> node.value().has(key)).sorted().toList();
        if (given.size() != 1) {
            node.problem("an answer needs exactly one of " + ANSWERS.stream().sorted().toList() + " but "
                    + (given.isEmpty() ? "has none" : "has " + given));
            return null;
        }
        Duration latency = node.get("latency").present() ? node.get("latency").duration() : null;
        List<Duration> heartbeats = heartbeats(node.get("heartbeats"));
        int times = node.get("times").present() ? node.get("times").count(1) : 1;
        String kind = given.get(0);
        Node cause = node.get("cause");
        if (cause.present() && !kind.equals("error") && !kind.equals("throwsServiceException")) {
            cause.problem("\"cause\" goes with \"error\" or \"throwsServiceException\" only");
        }
        String causeText = cause.present() ? cause.text() : null;
        Node answer = node.get(kind);
        return switch (kind) {
            case "returns" -> new AnswerSpec(AnswerSpec.Kind.RETURNS, answer.value().deepCopy(), null,
                    null, latency, heartbeats, null, times);
            case "returnsPayload" -> new AnswerSpec(AnswerSpec.Kind.RETURNS_PAYLOAD,
                    answer.value().deepCopy(), null, null, latency, heartbeats, null, times);
            case "error" -> new AnswerSpec(AnswerSpec.Kind.FAILS, NullNode.instance, answer.text(),
                    causeText, latency, heartbeats, null, times);
            case "throwsServiceException" -> new AnswerSpec(AnswerSpec.Kind.THROWS_SERVICE_EXCEPTION,
                    NullNode.instance, answer.text(), causeText, latency, heartbeats, null, times);
            case "throwsLambdaError" -> lambdaError(answer, latency, heartbeats, times);
            case "timesOut" -> timesOut(answer, times);
            case "runsJob" -> runsJob(answer, latency, heartbeats, times);
            default -> new AnswerSpec(AnswerSpec.Kind.AWAITS_CALLBACK, submitted(answer), null, null,
                    latency, heartbeats, null, times);
        };
    }

    private static List<Duration> heartbeats(Node node) {
        if (!node.present()) {
            return List.of();
        }
        if (!node.value().isArray() || node.value().isEmpty()) {
            node.expected("a list of offsets from the start of the call such as [PT1M, PT2M]");
            return List.of();
        }
        List<Duration> offsets = new ArrayList<>();
        for (Node element : node.elements()) {
            Duration offset = element.duration();
            if (offset != null) {
                offsets.add(offset);
            }
        }
        return offsets;
    }

    private static @Nullable AnswerSpec lambdaError(Node node, @Nullable Duration latency, List<Duration> heartbeats,
            int times) {
        if (!node.isObject("{errorType: ..., errorMessage: ...}")) {
            return null;
        }
        node.onlyKeys(LAMBDA_ERROR_KEYS);
        String type = required(node, "errorType", "the function's error type, such as Exception");
        String message = required(node, "errorMessage", "the function's error message");
        return type == null || message == null ? null : new AnswerSpec(AnswerSpec.Kind.THROWS_LAMBDA_ERROR,
                NullNode.instance, type, message, latency, heartbeats, null, times);
    }

    private static @Nullable String required(Node node, String key, String what) {
        Node member = node.get(key);
        if (!member.present()) {
            node.problem("missing \"" + key + "\" (" + what + ")");
            return null;
        }
        return member.text();
    }

    private static @Nullable AnswerSpec timesOut(Node node, int times) {
        if (!node.value().isBoolean() || !node.value().asBoolean()) {
            node.expected("true");
            return null;
        }
        return new AnswerSpec(AnswerSpec.Kind.TIMES_OUT, NullNode.instance, null, null, null, List.of(), null,
                times);
    }

    private static @Nullable AnswerSpec runsJob(Node node, @Nullable Duration latency, List<Duration> heartbeats,
            int times) {
        JobPolls job = JobReader.job(node);
        return job == null ? null : new AnswerSpec(AnswerSpec.Kind.RUNS_JOB, NullNode.instance, null, null, latency,
                heartbeats, job, times);
    }

    private static JsonNode submitted(Node node) {
        JsonNode value = node.value();
        return value.isBoolean() && value.asBoolean() || value.isNull()
                ? JsonNodeFactory.instance.objectNode() : value.deepCopy();
    }
}
