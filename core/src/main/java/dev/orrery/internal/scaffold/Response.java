package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.spi.TaskOutcome;

/** One mocked answer of a Task call: a result, or an error. */
sealed interface Response {

    /** Return the outcome a run gets. */
    TaskOutcome outcome();

    /** Return the answer as a Step Functions Local mocked response: {@code {"Return": ...}} or {@code {"Throw": ...}}. */
    ObjectNode toMockConfig();

    /**
     * A result.
     *
     * @param value the Task's result
     */
    record Returns(JsonNode value) implements Response {
        @Override
        public TaskOutcome outcome() {
            return TaskOutcome.success(value.deepCopy());
        }

        @Override
        public ObjectNode toMockConfig() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.set("Return", value.deepCopy());
            return json;
        }
    }

    /**
     * An error.
     *
     * @param error the error name
     * @param cause the cause
     */
    record Throws(String error, String cause) implements Response {
        @Override
        public TaskOutcome outcome() {
            return TaskOutcome.failure(error, cause);
        }

        @Override
        public ObjectNode toMockConfig() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.putObject("Throw").put("Error", error).put("Cause", cause);
            return json;
        }
    }
}
