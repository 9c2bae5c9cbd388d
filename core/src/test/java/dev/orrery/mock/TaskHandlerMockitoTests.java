package dev.orrery.mock;

import static dev.orrery.mock.MockRuns.json;
import static dev.orrery.mock.MockRuns.run;
import static dev.orrery.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.orrery.run.Execution;
import org.junit.jupiter.api.Test;

class TaskHandlerMockitoTests {

    private static final String DEFINITION = task("arn:aws:lambda:us-east-1:123456789012:function:charge",
            "'Parameters':{'amount.$':'$.amount'},"
                    + "'Retry':[{'ErrorEquals':['Lambda.TooManyRequestsException'],'IntervalSeconds':1}]");

    @Test
    void answers_a_task_with_a_mockito_mock_and_verifies_it() {
        // GIVEN
        TaskHandler charge = mock(TaskHandler.class);
        when(charge.handle(any()))
                .thenThrow(new TaskFailedException("Lambda.TooManyRequestsException", "Rate exceeded"))
                .thenReturn(json("{'transactionId':'TX-1'}"));
        TaskMocks mocks = TaskMocks.builder().state("Work").answers(charge).build();

        // WHEN
        Execution execution = run(DEFINITION, mocks, "{'amount':42}");

        // THEN
        assertThat(execution.output()).isEqualTo(json("{'transactionId':'TX-1'}"));
        verify(charge, times(2)).handle(argThat(request -> request.payload().equals(json("{'amount':42}"))));
        verify(charge).handle(argThat(request -> request.retryCount() == 1));
    }

    @Test
    void answers_a_task_with_a_lambda_handler() {
        TaskMocks mocks = TaskMocks.builder()
                .state("Work")
                .answers(request -> json("{'doubled':" + request.payload().get("amount").asInt() * 2 + "}"))
                .build();

        assertThat(run(DEFINITION, mocks, "{'amount':21}").output()).isEqualTo(json("{'doubled':42}"));
    }

    @Test
    void says_what_to_do_when_an_unstubbed_mock_returns_null() {
        TaskMocks mocks = TaskMocks.builder().state("Work").answers(mock(TaskHandler.class)).build();

        assertThatThrownBy(() -> run(DEFINITION, mocks, "{'amount':1}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The TaskHandler for state \"Work\" returned null");
    }
}
