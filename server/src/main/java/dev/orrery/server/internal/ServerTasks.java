package dev.orrery.server.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;

/**
 * What answers the Task states no test case mocks: activity tasks and {@code .waitForTaskToken} callbacks wait for
 * clients (GetActivityTask, SendTaskSuccess and the like); any other call fails closed with {@code States.Runtime}
 * (which {@code States.ALL} does not catch), because the endpoint never calls real services. The cause is Orrery's
 * own fix-it text.
 */
final class ServerTasks implements TaskIntegration {

    static final ServerTasks INSTANCE = new ServerTasks();

    private ServerTasks() {}

    @Override
    public TaskOutcome invoke(TaskRequest request) {
        String resource = request.resource();
        if (resource.startsWith("arn:") && resource.contains(":states:") && resource.contains(":activity:")) {
            return TaskOutcome.awaitingCallback(JsonNodeFactory.instance.objectNode());
        }
        if (resource.endsWith(".waitForTaskToken")) {
            return TaskOutcome.awaitingCallback(JsonNodeFactory.instance.objectNode());
        }
        return TaskOutcome.failure("States.Runtime", "No mocked response for Task state \"" + request.stateName()
                + "\" (resource " + resource + ", call #" + (request.invocation() + 1) + "). The Orrery endpoint "
                + "never calls real services: start the execution as <stateMachineArn>#<TestCase> with a test case "
                + "of the mock configuration (SFN_MOCK_CONFIG or --mock-config) that mocks this state.");
    }
}
