package dev.orrery.engine;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.orrery.internal.text.ClosestNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a case's {@code expect} mapping, checking each expectation's shape. */
final class ExpectationReader {

    /** The statuses an execution ends with. */
    static final Set<String> STATUSES = Set.of("SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED");
    private static final Set<String> KEYS = Set.of("status", "error", "cause", "path", "pathContains",
            "neverVisited", "output", "outputContains", "virtualTime", "calls");

    private ExpectationReader() {}

    static List<Expectation> expectations(Node node) {
        List<Expectation> expectations = new ArrayList<>();
        if (!node.isObject("a mapping of expectations such as {status: SUCCEEDED, path: [...]}")) {
            return expectations;
        }
        node.onlyKeys(KEYS);
        for (Map.Entry<String, Node> member : node.members()) {
            Node value = member.getValue();
            if (KEYS.contains(member.getKey()) && valid(member.getKey(), value)) {
                expectations.add(new Expectation(member.getKey(), value.position(), value.value().deepCopy()));
            }
        }
        return expectations;
    }

    private static boolean valid(String key, Node value) {
        return switch (key) {
            case "status" -> value.value().isTextual() && STATUSES.contains(value.value().asText())
                    || value.expected("one of " + STATUSES.stream().sorted().toList(),
                            ClosestNames.didYouMean(value.value().asText(), STATUSES));
            case "error", "cause" -> value.text() != null;
            case "path", "pathContains", "neverVisited" -> states(value);
            case "virtualTime" -> value.duration() != null;
            case "calls" -> calls(value);
            default -> true;
        };
    }

    private static boolean states(Node value) {
        int problems = value.problems().messages().size();
        List<String> states = value.texts("state names");
        if (states.isEmpty() && value.value().isArray()) {
            value.expected("at least one state name");
        }
        return value.problems().messages().size() == problems;
    }

    private static boolean calls(Node value) {
        if (!value.isObject("a mapping of Task state names to call counts")) {
            return false;
        }
        boolean valid = true;
        for (Map.Entry<String, Node> member : value.members()) {
            valid &= member.getValue().count(0) >= 0;
        }
        return valid;
    }

    /** Return the text of a textual expectation. */
    static String text(Expectation expectation) {
        return expectation.value() instanceof TextNode text ? text.asText() : expectation.value().toString();
    }
}
