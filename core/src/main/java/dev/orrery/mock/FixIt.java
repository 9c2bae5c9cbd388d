package dev.orrery.mock;

import dev.orrery.spi.TaskRequest;
import java.util.List;

/** The fix-it message of a Task call that no mock answers. */
final class FixIt {

    private FixIt() {}

    static String unmocked(TaskRequest request, List<MockRule> rules) {
        List<String> mocked = rules.stream().map(MockRule::description).distinct().toList();
        return "No mocked response for Task state \"" + request.stateName() + "\" (resource "
                + request.resource() + ", call #" + (request.invocation() + 1) + ").\n"
                + "Orrery never calls real services: declare what the task returns, e.g.\n"
                + "  TaskMocks.builder().returns(\"" + request.stateName() + "\", result)\n"
                + "or add an entry to the mocks file: {\"" + request.stateName()
                + "\": {\"0\": {\"Return\": {...}}}}\n"
                + "Mocks declared: " + (mocked.isEmpty() ? "none" : String.join(", ", mocked));
    }
}
