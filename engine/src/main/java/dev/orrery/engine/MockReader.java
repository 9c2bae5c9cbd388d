package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private static final Set<String> ANSWERS =
            Set.of("returns", "returnsPayload", "error", "timesOut", "awaitsCallback");
    private static final Set<String> KEYS =
            Set.of("returns", "returnsPayload", "error", "cause", "timesOut", "awaitsCallback", "latency", "times");

    private MockReader() {}

    static StateMock stateMock(String state, Node node) {
        JsonNode value = node.value();
        if (value.isObject() && value.size() > 0 && allCallNumbers(value)) {
            checkNumbered(state, node);
            return new StateMock(state, node.position(), List.of(), value.deepCopy());
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
        return new StateMock(state, node.position(), answers, null);
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
        int times = node.get("times").present() ? node.get("times").count(1) : 1;
        String kind = given.get(0);
        Node cause = node.get("cause");
        if (cause.present() && !kind.equals("error")) {
            cause.problem("\"cause\" goes with \"error\" only");
        }
        return switch (kind) {
            case "returns" -> new AnswerSpec(AnswerSpec.Kind.RETURNS, node.get(kind).value().deepCopy(), null,
                    null, latency, times);
            case "returnsPayload" -> new AnswerSpec(AnswerSpec.Kind.RETURNS_PAYLOAD,
                    node.get(kind).value().deepCopy(), null, null, latency, times);
            case "error" -> new AnswerSpec(AnswerSpec.Kind.FAILS, NullNode.instance, node.get(kind).text(),
                    cause.present() ? cause.text() : null, latency, times);
            case "timesOut" -> timesOut(node.get(kind), times);
            default -> new AnswerSpec(AnswerSpec.Kind.AWAITS_CALLBACK, submitted(node.get(kind)), null, null,
                    latency, times);
        };
    }

    private static @Nullable AnswerSpec timesOut(Node node, int times) {
        if (!node.value().isBoolean() || !node.value().asBoolean()) {
            node.expected("true");
            return null;
        }
        return new AnswerSpec(AnswerSpec.Kind.TIMES_OUT, NullNode.instance, null, null, null, times);
    }

    private static JsonNode submitted(Node node) {
        JsonNode value = node.value();
        return value.isBoolean() && value.asBoolean() || value.isNull()
                ? JsonNodeFactory.instance.objectNode() : value.deepCopy();
    }
}
