package dev.orrery.mock;

import dev.orrery.http.HttpTasks;
import dev.orrery.spi.TaskRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** The fix-it message of a Task call that no mock answers. */
final class FixIt {

    private FixIt() {}

    static String unmocked(TaskRequest request, List<MockRule> rules) {
        List<String> mocked = rules.stream().map(MockRule::description).distinct().toList();
        return "No mocked response for Task state \"" + request.stateName() + "\" (resource "
                + request.resource() + ", call #" + request.invocation() + ", 0-based as in a mocks file).\n"
                + "Orrery never calls real services: declare what the task returns, e.g.\n"
                + "  TaskMocks.builder().returns(\"" + request.stateName() + "\", result)\n"
                + "or add an entry to the mocks file: {\"" + request.stateName()
                + "\": {\"0\": {\"Return\": {...}}}}\n"
                + (HttpTasks.handles(request) ? httpHint(request) : "")
                + "Mocks declared: " + (mocked.isEmpty() ? "none" : String.join(", ", mocked));
    }

    /** Say how to route an HTTP Task to a loopback server, with the origin of its endpoint when it has one. */
    private static String httpHint(TaskRequest request) {
        String origin = "https://api.example.com";
        try {
            URI endpoint = new URI(request.payload().path("ApiEndpoint").asText(""));
            if (endpoint.getScheme() != null && endpoint.getHost() != null) {
                origin = endpoint.getScheme().toLowerCase(Locale.ROOT) + "://" + endpoint.getRawAuthority();
            }
        } catch (URISyntaxException e) {
            origin = "https://api.example.com";
        }
        return "or, for this HTTP Task, send it to a loopback server such as WireMock:\n"
                + "  TaskMocks.builder().http(HttpTasks.builder().route(\"" + origin + "\", wireMock.baseUrl())"
                + ".build())\n";
    }
}
