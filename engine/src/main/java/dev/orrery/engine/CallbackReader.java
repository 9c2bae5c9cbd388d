package dev.orrery.engine;

import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads a case's callbacks: {@code {at: PT2H, state: Approve, success: {...}}}, or {@code error}/{@code heartbeat}. */
final class CallbackReader {

    private static final Set<String> KEYS = Set.of("at", "state", "success", "error", "cause", "heartbeat");
    private static final List<String> CALLS = List.of("error", "heartbeat", "success");

    private CallbackReader() {}

    static List<CallbackSpec> callbacks(Node node) {
        List<CallbackSpec> callbacks = new ArrayList<>();
        if (!node.value().isArray()) {
            node.expected("a list of callbacks such as {at: PT2H, state: Approve, success: {...}}");
            return callbacks;
        }
        for (Node element : node.elements()) {
            CallbackSpec callback = callback(element);
            if (callback != null) {
                callbacks.add(callback);
            }
        }
        return callbacks;
    }

    private static @Nullable CallbackSpec callback(Node node) {
        if (!node.isObject("a callback such as {at: PT2H, state: Approve, success: {...}}")) {
            return null;
        }
        node.onlyKeys(KEYS);
        Duration at = required(node, "at", "(an ISO-8601 duration after the start, such as PT2H)")
                ? node.get("at").duration() : null;
        String state = required(node, "state", "(the Task state waiting for the callback)")
                ? node.get("state").text() : null;
        List<String> given = CALLS.stream().filter(key -> node.value().has(key)).toList();
        if (given.size() != 1) {
            node.problem("a callback needs exactly one of " + CALLS + " but " + (given.isEmpty() ? "has none"
                    : "has " + given));
            return null;
        }
        Node cause = node.get("cause");
        if (cause.present() && !given.get(0).equals("error")) {
            cause.problem("\"cause\" goes with \"error\" only");
        }
        if (at == null || state == null) {
            return null;
        }
        return switch (given.get(0)) {
            case "success" -> new CallbackSpec(node.position(), at, state, CallbackSpec.Kind.SUCCESS,
                    node.get("success").value().deepCopy(), null, null);
            case "error" -> new CallbackSpec(node.position(), at, state, CallbackSpec.Kind.FAILURE,
                    NullNode.instance, node.get("error").text(), cause.present() ? cause.text() : null);
            default -> heartbeat(node, at, state);
        };
    }

    private static @Nullable CallbackSpec heartbeat(Node node, Duration at, String state) {
        Node heartbeat = node.get("heartbeat");
        if (!heartbeat.value().isBoolean() || !heartbeat.value().asBoolean()) {
            heartbeat.expected("true");
            return null;
        }
        return new CallbackSpec(node.position(), at, state, CallbackSpec.Kind.HEARTBEAT, NullNode.instance, null,
                null);
    }

    private static boolean required(Node node, String key, String what) {
        if (node.get(key).present()) {
            return true;
        }
        node.problem("missing \"" + key + "\" " + what);
        return false;
    }
}
