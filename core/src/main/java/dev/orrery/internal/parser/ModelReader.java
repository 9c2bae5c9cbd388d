package dev.orrery.internal.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.Branch;
import dev.orrery.model.ChoiceState;
import dev.orrery.model.FailState;
import dev.orrery.model.InputOutput;
import dev.orrery.model.ParallelState;
import dev.orrery.model.PassState;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.StateType;
import dev.orrery.model.SucceedState;
import dev.orrery.model.TaskState;
import dev.orrery.model.Transition;
import dev.orrery.model.WaitDuration;
import dev.orrery.model.WaitState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Builds the model from a definition tree that {@link AslValidator} found free of errors. */
public final class ModelReader {

    private final PartReader parts = new PartReader(this);

    /** Read a whole state machine from a validated tree. */
    public StateMachine read(JsonNode root) {
        QueryLanguage language = language(root, QueryLanguage.JSON_PATH);
        Branch top = branch(root, language);
        JsonNode timeout = root.get("TimeoutSeconds");
        return new StateMachine(top.comment(), top.startAt(), top.states(), text(root, "Version"),
                timeout == null ? null : timeout.intValue(), language);
    }

    /** Read a graph: the top level, a Parallel branch or a Map processor. */
    Branch branch(JsonNode node, QueryLanguage language) {
        Map<String, State> states = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.get("States").properties()) {
            states.put(entry.getKey(), state(entry.getKey(), entry.getValue(), language));
        }
        return new Branch(text(node, "Comment"), node.get("StartAt").asText(), states, language);
    }

    private State state(String name, JsonNode node, QueryLanguage inherited) {
        StateType type = Objects.requireNonNull(StateType.fromAslName(node.get("Type").asText()));
        QueryLanguage language = language(node, inherited);
        String comment = text(node, "Comment");
        InputOutput io = io(node);
        return switch (type) {
            case PASS -> new PassState(name, comment, language, io, node.get("Result"), transition(node));
            case TASK -> new TaskState(name, comment, language, io, resource(node.get("Resource")),
                    parts.errorHandling(node), node.get("TimeoutSeconds"), text(node, "TimeoutSecondsPath"),
                    node.get("HeartbeatSeconds"), text(node, "HeartbeatSecondsPath"), node.get("Credentials"),
                    transition(node));
            case CHOICE -> new ChoiceState(name, comment, language, io, parts.choices(node), text(node, "Default"));
            case WAIT -> new WaitState(name, comment, language, io, waitDuration(node), transition(node));
            case SUCCEED -> new SucceedState(name, comment, language, io);
            case FAIL -> new FailState(name, comment, language, io, text(node, "Error"), text(node, "ErrorPath"),
                    text(node, "Cause"), text(node, "CausePath"));
            case PARALLEL -> new ParallelState(name, comment, language, io, branches(node, language),
                    parts.errorHandling(node), transition(node));
            case MAP -> parts.map(name, node, language, comment, io, transition(node));
        };
    }

    private static String resource(JsonNode resource) {
        return resource.isTextual() ? resource.asText() : resource.toString();
    }

    private List<Branch> branches(JsonNode node, QueryLanguage language) {
        List<Branch> result = new ArrayList<>();
        node.get("Branches").forEach(branch -> result.add(branch(branch, language)));
        return result;
    }

    private static WaitDuration waitDuration(JsonNode node) {
        if (node.has("Seconds")) {
            return new WaitDuration.Seconds(node.get("Seconds"));
        }
        if (node.has("SecondsPath")) {
            return new WaitDuration.SecondsPath(node.get("SecondsPath").asText());
        }
        if (node.has("Timestamp")) {
            return new WaitDuration.Timestamp(node.get("Timestamp"));
        }
        return new WaitDuration.TimestampPath(node.get("TimestampPath").asText());
    }

    private static Transition transition(JsonNode node) {
        String next = text(node, "Next");
        return next == null ? Transition.end() : Transition.next(next);
    }

    private static InputOutput io(JsonNode node) {
        return new InputOutput(pathOrDefault(node, "InputPath"), node.get("Parameters"), node.get("ResultSelector"),
                pathOrDefault(node, "ResultPath"), pathOrDefault(node, "OutputPath"), node.get("Arguments"),
                node.get("Output"), node.get("Assign"));
    }

    static QueryLanguage language(JsonNode node, QueryLanguage inherited) {
        JsonNode value = node.get("QueryLanguage");
        QueryLanguage language = value == null ? null : QueryLanguage.fromAslName(value.asText());
        return language == null ? inherited : language;
    }

    /** Return the field's effective path: {@code "$"} when absent, {@code null} when JSON null. */
    static @Nullable String pathOrDefault(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return "$";
        }
        return value.isNull() ? null : value.asText();
    }

    /** Return the string field, or {@code null} when absent. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
