package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.orrery.http.HttpTasks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.AslParser;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.PendingCallback;
import dev.orrery.spi.TaskOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.reporting.ReportEntry;

class IntegrationsTesterTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVIEW = "arn:aws:states:us-east-1:123456789012:activity:review";
    private static final String UNDECLARED = "An error occurred while executing the state 'Review' (entered at the "
            + "event id #2). The activity " + REVIEW + " does not exist.";
    private static final String CHILD = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";

    @Test
    void routes_http_tasks_to_a_loopback_server_the_test_starts() {
        Kit.run(HttpTesterTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void routes_http_tasks_declared_on_the_builder() {
        Kit.run(HttpBuilderTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void declares_activities_and_hands_their_tasks_to_workers() {
        Kit.run(ActivityTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        Kit.run(TesterActivitiesTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void declares_activities_on_the_builder() {
        Kit.run(ActivityBuilderTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void runs_nested_state_machines_on_the_tests_mocks() {
        Kit.run(NestedTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void runs_nested_state_machines_declared_on_the_builder() {
        Kit.run(NestedBuilderTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void reports_the_path_so_far_of_a_run_that_did_not_end() {
        Map<String, String> entries = new LinkedHashMap<>();
        Kit.run(UnfinishedRunTestCase.class).allEvents().reportingEntryPublished().list()
                .forEach(e -> entries.putAll(e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()));

        assertThat(entries).containsOnlyKeys(Reports.PATH, Reports.MERMAID);
        assertThat(entries.get(Reports.PATH)).isEqualTo("Execution "
                + "arn:aws:states:us-east-1:123456789012:execution:StateMachine:Execution still RUNNING at "
                + "2025-01-01T00:20:00Z (the test did not call runToCompletion() on its session)\n"
                + "Path so far (1 states, virtual time 20m 0s):\n"
                + "  1. Review (Task) at 2025-01-01T00:00:00Z, not left");
        assertThat(entries.get(Reports.MERMAID)).contains("  class s0 visited", "  start --> s0")
                .contains("  linkStyle 0 stroke:#2e7d32,stroke-width:3px")
                .doesNotContain("linkStyle 1");
    }

    private static HttpServer customers() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/customers/", exchange -> {
                String id = exchange.getRequestURI().getPath().substring("/customers/".length());
                byte[] body = ("{\"id\": \"" + id + "\", \"email\": \"ada@example.com\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseUrl(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @StateMachineTest(definition = "junit/http.asl.json")
    @MockTask(state = "Notify", returns = "{\"MessageId\": \"from-the-class\"}")
    static class HttpTesterTestCase {

        static HttpServer server;

        @BeforeAll
        static void start() {
            server = customers();
        }

        @AfterAll
        static void stop() {
            server.stop(0);
        }

        @Test
        void calls_the_loopback_server(StateMachineTester sfn) {
            Execution run = sfn.http(HttpTasks.builder().route("https://api.example.com", baseUrl(server)).build())
                    .mock("Notify").returns("{\"MessageId\": \"m-1\"}")
                    .start("{\"customerId\": \"cus_1\"}");

            assertThat(run).succeeded();
            assertThat(run.output()).isEqualTo(json(
                    "{\"status\": 200, \"body\": {\"id\": \"cus_1\", \"email\": \"ada@example.com\"}}"));
            assertThat(sfn.session().calls("Find customer")).hasSize(1);
        }

        @Test
        void lets_the_class_mocks_answer_the_other_tasks(StateMachineTester sfn) {
            Execution run = sfn.http(HttpTasks.builder().route("https://api.example.com", baseUrl(server)).build())
                    .start("{\"customerId\": \"cus_3\"}");

            assertThat(run).succeeded();
            assertThat(run.output().at("/body/id").asText()).isEqualTo("cus_3");
            assertThat(sfn.session().calls("Notify")).singleElement()
                    .satisfies(call -> assertThat(call.outcome()).isInstanceOfSatisfying(TaskOutcome.Success.class,
                            success -> assertThat(success.result().get("MessageId").asText())
                                    .isEqualTo("from-the-class")));
        }

        @Test
        void answers_from_a_mock_before_the_server(StateMachineTester sfn) {
            Execution run = sfn.http(HttpTasks.builder().route("https://api.example.com", baseUrl(server)).build())
                    .mock("Find customer").returns("{\"StatusCode\": 200, \"ResponseBody\": {\"id\": \"mocked\"}}")
                    .mock("Notify").returns("{\"MessageId\": \"m-1\"}")
                    .start("{\"customerId\": \"cus_1\"}");

            assertThat(run.output().at("/body/id").asText()).isEqualTo("mocked");
        }
    }

    static class HttpBuilderTestCase {

        static final HttpServer SERVER = customers();

        @RegisterExtension
        static final OrreryExtension ORRERY = OrreryExtension.builder()
                .definition("junit/http.asl.json")
                .http(HttpTasks.builder().route("https://api.example.com", baseUrl(SERVER)).build())
                .build();

        @AfterAll
        static void stop() {
            SERVER.stop(0);
        }

        @Test
        @MockTask(state = "Notify", returns = "{\"MessageId\": \"m-1\"}")
        @Input("{\"customerId\": \"cus_9\"}")
        void calls_the_routed_server_in_an_annotated_run(Execution run) {
            assertThat(run).succeeded();
            assertThat(run.output().at("/body/id").asText()).isEqualTo("cus_9");
        }
    }

    @StateMachineTest(definition = "junit/activity.asl.json", activities = REVIEW)
    static class ActivityTestCase {

        @Test
        void hands_the_task_to_a_polling_worker(StateMachineTester sfn) {
            ExecutionSession review = sfn.mock("Review").awaitsCallback().begin("{\"orderId\": 7}");
            review.advanceBy(Duration.ofMinutes(5));

            PendingCallback task = review.getActivityTask(REVIEW, "worker-1").orElseThrow();
            review.sendTaskSuccess(task.taskToken(), json("{\"approved\": true}"));
            Execution run = review.runToCompletion();

            assertThat(task.parameters()).isEqualTo(json("{\"orderId\": 7}"));
            assertThat(run).succeeded();
            assertThat(run.output()).isEqualTo(json("{\"approved\": true}"));
            assertThat(review.getActivityTask(REVIEW, "worker-2")).isEmpty();
        }
    }

    @StateMachineTest(definition = "junit/activity.asl.json")
    static class TesterActivitiesTestCase {

        @Test
        void fails_the_task_on_an_activity_the_test_did_not_declare(StateMachineTester sfn) {
            Execution run = sfn.activities("arn:aws:states:us-east-1:123456789012:activity:other").start("{}");

            assertThat(run).failed().hasError("States.Runtime")
                    .hasCause(UNDECLARED);
        }
    }

    static class ActivityBuilderTestCase {

        @RegisterExtension
        static final OrreryExtension ORRERY = OrreryExtension.builder()
                .definition("junit/activity.asl.json")
                .activities()
                .build();

        @Test
        void fails_the_task_on_an_undeclared_activity(Execution run) {
            assertThat(run).failed().hasError("States.Runtime")
                    .hasCause(UNDECLARED);
        }
    }

    private static StateMachine child() {
        try (var in = IntegrationsTesterTests.class.getClassLoader().getResourceAsStream("junit/child.asl.json")) {
            return AslParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "child.asl.json").orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @StateMachineTest(definition = "junit/parent.asl.json")
    static class NestedTestCase {

        @Test
        void runs_the_child_execution(StateMachineTester sfn) {
            Execution run = sfn.nestedStateMachine(CHILD, child())
                    .mock("Price").returnsPayload("{\"total\": 42}")
                    .start("{\"orderId\": \"o-1\"}");

            assertThat(run).succeeded();
            assertThat(run.output()).isEqualTo(json("{\"total\": 42}"));
            assertThat(sfn.session().payloads("Price")).singleElement()
                    .satisfies(payload -> assertThat(payload.at("/Payload/orderId").asText()).isEqualTo("o-1"));
        }
    }

    static class NestedBuilderTestCase {

        @RegisterExtension
        static final OrreryExtension ORRERY = OrreryExtension.builder()
                .definition("junit/parent.asl.json")
                .nestedStateMachine(CHILD, child())
                .build();

        @Test
        @MockTask(state = "Price", returns = "{\"Payload\": {\"total\": 7}}")
        @Input("{\"orderId\": \"o-2\"}")
        void runs_the_child_in_an_annotated_run(Execution run, dev.orrery.mock.MockSession calls) {
            assertThat(run).succeeded();
            assertThat(run.output()).isEqualTo(json("{\"total\": 7}"));
            assertThat(calls.calls("Price")).hasSize(1);
        }
    }

    @StateMachineTest(definition = "junit/activity.asl.json")
    static class UnfinishedRunTestCase {

        @Test
        void waits_for_a_worker_nobody_runs(StateMachineTester sfn) {
            ExecutionSession review = sfn.mock("Review").awaitsCallback().begin("{}");
            review.advanceBy(Duration.ofMinutes(20));

            assertThat(review.pendingTaskTokens()).isEmpty();
        }
    }
}
