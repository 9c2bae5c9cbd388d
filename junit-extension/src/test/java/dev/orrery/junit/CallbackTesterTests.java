package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.mock.MockVerificationError;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;

class CallbackTesterTests {

    private static final String APPROVAL = "junit/approval.asl.json";
    private static final String ORDER = "{\"orderId\": \"o-42\"}";

    @Test
    void begins_executions_the_test_answers_with_task_tokens() {
        Kit.run(ConversationTestCase.class).testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
    }

    @Test
    void injects_the_virtual_clock_of_the_tests_runs() {
        Kit.run(ClockTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void reports_the_path_of_a_driven_run_when_the_test_fails() {
        Map<String, String> entries = new LinkedHashMap<>();
        Kit.run(FailingConversationTestCase.class).allEvents().reportingEntryPublished().list()
                .forEach(e -> entries.putAll(e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()));

        assertThat(entries).containsOnlyKeys(Reports.PATH, Reports.MERMAID);
        assertThat(entries.get(Reports.PATH)).contains("FAILED with Order.Rejected: The reviewer said no",
                "Path (3 states, virtual time 30m 0s):", "1. Request approval (Task) at 2025-01-01T00:00:00Z",
                "3. Rejected (Fail) at 2025-01-01T00:30:00Z");
    }

    @Test
    void holds_the_mocks_of_a_driven_run_to_strictness() {
        Kit.run(StrictConversationTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(2).failed(2))
                .assertThatEvents()
                .haveExactly(1, event(test("never_answers"), finishedWithFailure(
                        instanceOf(MockVerificationError.class),
                        message(m -> m.contains(": state \"Ship\".\n1 run begun by the test did not end: call "
                                + "runToCompletion() on its session.\nRemove these mocks")))))
                .haveExactly(1, event(test("rejected_order_never_ships"), finishedWithFailure(
                        instanceOf(MockVerificationError.class),
                        message(m -> m.startsWith("Unused mocks in StrictConversationTestCase."
                                + "rejected_order_never_ships: state \"Ship\".\nPaths taken:\n"
                                + "  [Request approval, Approved?, Rejected]")))));
    }

    @StateMachineTest(definition = APPROVAL)
    static class ConversationTestCase {

        @Test
        void ships_an_approved_order(StateMachineTester sfn) {
            ExecutionSession session = sfn.mock("Request approval").awaitsCallback()
                    .mock("Ship").returns("{\"shipped\": true}")
                    .begin(ORDER);
            assertThat(session.status()).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(session.pendingCallback("Request approval").parameters().at("/MessageBody/orderId").asText())
                    .isEqualTo("o-42");

            session.advanceBy(Duration.ofMinutes(45))
                    .sendTaskSuccess(session.taskToken("Request approval"),
                            JsonNodeFactory.instance.objectNode().put("approved", true));
            Execution run = session.runToCompletion();

            assertThat(run).succeeded().hasPath("Request approval", "Approved?", "Ship")
                    .tookVirtualTime(Duration.ofMinutes(45));
            assertThat(sfn.executions()).containsExactly(run);
        }

        @Test
        void keeps_the_wait_alive_with_heartbeats_until_the_task_timeout(StateMachineTester sfn) {
            ExecutionSession session = sfn.mock("Request approval").awaitsCallback().begin(ORDER);
            String token = session.taskToken("Request approval");

            for (int beat = 0; beat < 28; beat++) {
                session.advanceBy(Duration.ofMinutes(50)).sendTaskHeartbeat(token);
            }
            assertThat(session.status()).isEqualTo(ExecutionStatus.RUNNING);
            Execution run = session.runToCompletion();

            assertThat(run).failed().hasError("States.Timeout").tookVirtualTime(Duration.ofDays(1));
        }

        @Test
        void times_out_a_callback_without_heartbeats(StateMachineTester sfn) {
            Execution run = sfn.mock("Request approval").awaitsCallback().begin(ORDER).runToCompletion();

            assertThat(run).failed().hasError("States.Timeout").tookVirtualTime(Duration.ofHours(1));
        }

        @Test
        void lists_a_driven_run_once_it_ended(StateMachineTester sfn) {
            ExecutionSession session = sfn.mock("Request approval").awaitsCallback().begin(ORDER);
            assertThat(sfn.executions()).isEmpty();

            session.sendTaskFailure(session.taskToken("Request approval"), "Review.Unavailable", "queue purged");

            assertThat(sfn.executions()).singleElement()
                    .satisfies(run -> assertThat(run).failed().hasError("Review.Unavailable"));
        }
    }

    @StateMachineTest(definition = APPROVAL, startTime = "2026-03-01T08:00:00Z")
    static class ClockTestCase {

        private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

        @Test
        void follows_the_driven_run(StateMachineTester sfn, VirtualClock clock) {
            assertThat(clock.now()).isEqualTo(START);
            ExecutionSession session = sfn.mock("Request approval").awaitsCallback().begin(ORDER);

            session.advanceTo(clock.now().plus(Duration.ofMinutes(20)));
            assertThat(clock.now()).isEqualTo(START.plus(Duration.ofMinutes(20))).isEqualTo(session.currentTime());

            session.runToCompletion();
            assertThat(clock.now()).isEqualTo(START.plus(Duration.ofHours(1)));
            assertThat(sfn.clock().now()).isEqualTo(clock.now());
        }

        @Test
        @MockTask(state = "Request approval", returns = "{\"approved\": true}")
        @MockTask(state = "Ship", returns = "{}", latency = "PT50M")
        @Input(ORDER)
        void stops_where_the_annotated_run_ended(Execution run, VirtualClock clock) {
            assertThat(run).succeeded().hasPath("Request approval", "Approved?", "Ship");
            assertThat(run.startTime()).isEqualTo(START);
            assertThat(clock.now()).isEqualTo(run.stopTime()).isEqualTo(START.plus(Duration.ofMinutes(50)));
        }
    }

    @StateMachineTest(definition = APPROVAL)
    static class FailingConversationTestCase {

        @Test
        void expects_an_approval(StateMachineTester sfn) {
            ExecutionSession session = sfn.mock("Request approval").awaitsCallback().begin(ORDER);
            session.advanceBy(Duration.ofMinutes(30)).sendTaskSuccess(session.taskToken("Request approval"),
                    JsonNodeFactory.instance.objectNode().put("approved", false));

            assertThat(session.runToCompletion()).succeeded();
        }
    }

    @StateMachineTest(definition = APPROVAL)
    static class StrictConversationTestCase {

        @Test
        void never_answers(StateMachineTester sfn) {
            sfn.mock("Request approval").awaitsCallback().mock("Ship").returns("{}").begin(ORDER);
        }

        @Test
        void rejected_order_never_ships(StateMachineTester sfn) {
            ExecutionSession session = sfn.mock("Request approval").awaitsCallback()
                    .mock("Ship").returns("{}")
                    .begin(ORDER);
            session.sendTaskSuccess(session.taskToken("Request approval"),
                    JsonNodeFactory.instance.objectNode().put("approved", false));

            assertThat(session.runToCompletion()).failed().hasError("Order.Rejected");
        }
    }
}
