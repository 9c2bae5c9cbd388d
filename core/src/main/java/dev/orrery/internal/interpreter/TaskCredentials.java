package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataBindings;
import dev.orrery.internal.jsonata.JsonataTemplate;
import dev.orrery.model.QueryLanguage;
import dev.orrery.model.TaskState;
import org.jspecify.annotations.Nullable;

/**
 * A Task state's {@code Credentials}, compiled once: a JSONPath payload template ({@code "RoleArn"} or
 * {@code "RoleArn.$"}) or, in a JSONata state, a JSONata template ({@code "RoleArn": "{% ... %}"}), evaluated on the
 * state input when the task is scheduled. The role ARN goes into the {@code TaskScheduled} event's
 * {@code taskCredentials} as {@code {"roleArn": ...}}, as AWS records it; no role is assumed.
 */
final class TaskCredentials {

    private final @Nullable PayloadTemplate jsonPath;
    private final @Nullable JsonataTemplate jsonata;

    private TaskCredentials(@Nullable PayloadTemplate jsonPath, @Nullable JsonataTemplate jsonata) {
        this.jsonPath = jsonPath;
        this.jsonata = jsonata;
    }

    /** Compile the Credentials of a Task state, or return {@code null} when it has none. */
    static @Nullable TaskCredentials compile(TaskState state) {
        JsonNode credentials = state.credentials();
        if (credentials == null || !credentials.isObject()) {
            return null;
        }
        try {
            return state.queryLanguage() == QueryLanguage.JSONATA
                    ? new TaskCredentials(null, JsonataIo.template(credentials, "Credentials"))
                    : new TaskCredentials(PayloadTemplate.compile(credentials, "Credentials"), null);
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("State \"" + state.name() + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Return the role ARN for this entry, or {@code null} when the credentials give none.
     *
     * @throws StatesException when an expression or path cannot be evaluated
     */
    @Nullable
    String roleArn(JsonNode input, Activation activation) {
        JsonNode evaluated = jsonPath != null ? jsonPath.evaluate(input, activation)
                : jsonata.evaluate(JsonataBindings.of(input, activation));
        JsonNode role = evaluated.get("RoleArn");
        return role == null || role.isNull() ? null : role.isTextual() ? role.asText() : role.toString();
    }
}
