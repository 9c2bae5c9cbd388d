package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static dev.orrery.mock.MockRuns.run;
import static dev.orrery.mock.MockRuns.task;
import static dev.orrery.mock.VerificationMode.atLeast;
import static dev.orrery.mock.VerificationMode.atMost;
import static dev.orrery.mock.VerificationMode.never;
import static dev.orrery.mock.VerificationMode.once;
import static dev.orrery.mock.VerificationMode.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.spi.TaskOutcome;
import org.junit.jupiter.api.Test;

class MockSessionTests {

    private static final String RETRYING = task("arn:aws:states:::lambda:invoke",
            "'Parameters':{'id.$':'$.id'},"
                    + "'Retry':[{'ErrorEquals':['States.ALL'],'IntervalSeconds':1,'MaxAttempts':2,'BackoffRate':1}]");

    private final TaskMocks mocks = TaskMocks.builder()
            .state("Work").fails("Lambda.ServiceException", "down").thenReturns(json("{'ok':true}"))
            .state("Unused").returns(json("{}"))
            .build();

    @Test
    void records_every_call_with_its_request_and_outcome() {
        MockSession session = mocks.session();

        run(RETRYING, session, "{'id':7}");

        assertThat(session.calls()).hasSize(2);
        assertThat(session.calls("Work")).extracting(c -> c.request().retryCount()).containsExactly(0, 1);
        assertThat(session.payloads("Work")).containsExactly(json("{'id':7}"), json("{'id':7}"));
        assertThat(session.calls().get(1).outcome()).isEqualTo(TaskOutcome.success(json("{'ok':true}")));
        assertThat(session.calls().get(0).mock()).isEqualTo("state \"Work\"");
    }

    @Test
    void verifies_call_counts_like_mockito() {
        MockSession session = mocks.session();

        run(RETRYING, session, "{'id':7}");

        assertThatCode(() -> session.verify("Work", times(2)).verify("Unused", never())
                .verify("Work", atLeast(1)).verify("Work", atMost(2))).doesNotThrowAnyException();
        assertThatThrownBy(() -> session.verify("Work", once()))
                .isInstanceOf(MockVerificationError.class)
                .hasMessageStartingWith("Expected exactly 1 call of state \"Work\" but there were 2.")
                .hasMessageContaining("Work call #1 (0-based) with {\"id\":7}");
    }

    @Test
    void verifies_calls_with_argument_matchers_over_json() {
        MockSession session = mocks.session();

        run(RETRYING, session, "{'id':7}");

        session.verify("Work", times(2), RequestMatchers.payloadContains(json("{'id':7}")));
        session.verify("Work", once(), RequestMatchers.retryCount(1));
        assertThatThrownBy(() -> session.verify("Work", atLeast(1), RequestMatchers.payload(json("{'id':8}"))))
                .isInstanceOf(MockVerificationError.class)
                .hasMessageContaining("of state \"Work\" and payload {\"id\":8}");
    }

    @Test
    void reports_mocks_that_answered_no_call() {
        MockSession session = mocks.session();

        run(RETRYING, session, "{'id':7}");

        assertThat(session.unusedMocks()).containsExactly("state \"Unused\"");
        assertThatThrownBy(session::verifyAllMocksUsed)
                .isInstanceOf(MockVerificationError.class)
                .hasMessageStartingWith("Unused mocks (declared but never called): state \"Unused\".");
    }

    @Test
    void tolerates_unused_mocks_when_lenient() {
        MockSession session = mocks.lenient().session();

        run(RETRYING, session, "{'id':7}");

        assertThat(session.unusedMocks()).containsExactly("state \"Unused\"");
        assertThatCode(session::verifyAllMocksUsed).doesNotThrowAnyException();
    }

    @Test
    void keeps_the_shared_mocks_free_of_per_run_state() {
        MockSession first = mocks.session();
        MockSession second = mocks.session();

        run(RETRYING, first, "{'id':1}");
        run(RETRYING, second, "{'id':2}");

        assertThat(first.payloads("Work")).containsOnly(json("{'id':1}"));
        assertThat(second.payloads("Work")).containsOnly(json("{'id':2}"));
    }

    @Test
    void records_the_calls_of_any_integration() {
        MockSession session = MockSession.recording(request -> TaskOutcome.success(request.payload()));

        run(RETRYING, session, "{'id':3}");

        session.verify(RequestMatchers.resource("arn:aws:states:::lambda:*"), once());
        assertThat(session.unusedMocks()).isEmpty();
    }
}
