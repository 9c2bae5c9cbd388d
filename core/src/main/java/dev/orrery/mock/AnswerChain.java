package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A declared mock's answers in call order (the last one repeats), each with an optional virtual latency and
 * heartbeats; also continues the declaration of further mocks.
 *
 * <p>The chain is already part of its builder: every {@code then…} call updates the declared mock.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AnswerChain {

    private final TaskMocks.Builder builder;
    private final Stubbing stubbing;
    private final List<TaskIntegration> answers;
    private final int index;

    AnswerChain(TaskMocks.Builder builder, Stubbing stubbing, List<TaskIntegration> answers, int index) {
        this.builder = builder;
        this.stubbing = stubbing;
        this.answers = List.copyOf(answers);
        MockRule rule = stubbing.rule(this.answers);
        if (index < 0) {
            this.index = builder.add(rule);
        } else {
            this.index = index;
            builder.replace(index, rule);
        }
    }

    /**
     * Then return the given result.
     *
     * @param result the task's result, never {@code null}; copied, so changing it later changes no answer
     * @return the chain with this answer added
     */
    public AnswerChain thenReturns(JsonNode result) {
        return thenAnswersWith(Answers.outcome(TaskOutcome.success(result.deepCopy())));
    }

    /**
     * Then return the result written as JSON text.
     *
     * @param json the JSON text of the task's result, never {@code null}
     * @return the chain with this answer added
     * @throws IllegalArgumentException when the text is not JSON, with the position of the error
     */
    public AnswerChain thenReturns(String json) {
        return thenReturns(MockJson.parse("mocked result", json));
    }

    /**
     * Then return what the Lambda function returns, wrapped as AWS does (see {@link Stubbing#returnsPayload}).
     *
     * @param payload what the Lambda function returns, never {@code null}
     * @return the chain with this answer added
     */
    public AnswerChain thenReturnsPayload(JsonNode payload) {
        return thenAnswersWith(Answers.lambdaPayload(payload.deepCopy()));
    }

    /**
     * Then return what the Lambda function returns, written as JSON text.
     *
     * @param json the JSON text of what the Lambda function returns, never {@code null}
     * @return the chain with this answer added
     * @throws IllegalArgumentException when the text is not JSON, with the position of the error
     */
    public AnswerChain thenReturnsPayload(String json) {
        return thenReturnsPayload(MockJson.parse("mocked payload", json));
    }

    /**
     * Then fail with the given error name and cause.
     *
     * @param error the error name, never {@code null}
     * @param cause the cause text, or {@code null}
     * @return the chain with this answer added
     */
    public AnswerChain thenFails(String error, @Nullable String cause) {
        return thenAnswersWith(Answers.outcome(TaskOutcome.failure(error, cause)));
    }

    /**
     * Then fail as the service does when it throws the named exception (see {@link AwsErrors}).
     *
     * @param exceptionName the service's exception name, e.g. {@code ConditionalCheckFailedException}, never {@code
     *     null}
     * @param cause the cause text, or {@code null}
     * @return the chain with this answer added
     */
    public AnswerChain thenThrowsServiceException(String exceptionName, @Nullable String cause) {
        return thenAnswersWith(Answers.serviceException(exceptionName, cause));
    }

    /**
     * Then fail as a Lambda function that raised an error (see {@link Stubbing#throwsLambdaError}).
     *
     * @param errorType the function's error type, e.g. {@code Exception}, never {@code null}
     * @param errorMessage the function's error message, never {@code null}
     * @return the chain with this answer added
     */
    public AnswerChain thenThrowsLambdaError(String errorType, String errorMessage) {
        return thenAnswersWith(Answers.lambdaError(errorType, errorMessage));
    }

    /**
     * Then never answer: the state's TimeoutSeconds or HeartbeatSeconds ends the call.
     *
     * @return the chain with this answer added
     */
    public AnswerChain thenTimesOut() {
        return thenAnswersWith(Answers.outcome(TaskOutcome.NoResponse.silent()));
    }

    /**
     * Then run a {@code .sync} job told as poll results (see {@link Stubbing#runsJob}).
     *
     * @param polls the job's submission and polls, never {@code null}
     * @return the chain with this answer added
     */
    public AnswerChain thenRunsJob(JobPolls polls) {
        return thenAnswersWith(Answers.job(polls));
    }

    /**
     * Then answer with a Java handler.
     *
     * @param handler the handler that answers the call, never {@code null}
     * @return the chain with this answer added
     */
    public AnswerChain thenAnswers(TaskHandler handler) {
        return thenAnswersWith(Answers.handler(handler));
    }

    /**
     * Then answer with an integration that returns the full outcome.
     *
     * @param answer the integration that answers the call, never {@code null}
     * @return the chain with this answer added
     */
    public AnswerChain thenAnswersWith(TaskIntegration answer) {
        List<TaskIntegration> next = new ArrayList<>(answers);
        next.add(Objects.requireNonNull(answer, "answer"));
        return new AnswerChain(builder, stubbing, next, index);
    }

    /**
     * Let the last answer take the given virtual time (ignored by answers that never come).
     *
     * @param latency the virtual time the answer takes, never negative, never {@code null}
     * @return the chain with the last answer replaced
     */
    public AnswerChain withLatency(Duration latency) {
        return replaceLast(Answers.withLatency(last(), latency));
    }

    /**
     * Let the last answer send heartbeats at the given offsets from the start of the call.
     *
     * @param offsets the heartbeat offsets from the start of the call, never {@code null}
     * @return the chain with the last answer replaced
     */
    public AnswerChain withHeartbeats(Duration... offsets) {
        return replaceLast(Answers.withHeartbeats(last(), List.of(offsets)));
    }

    /**
     * Start a mock for the calls of the named state.
     *
     * @param stateName the name of the Task state, never {@code null}
     * @return the new mock, to be given its answers
     */
    public Stubbing state(String stateName) {
        return builder.state(stateName);
    }

    /**
     * Start a mock for the calls whose resource matches the pattern.
     *
     * @param pattern the resource pattern, in which {@code *} stands for any text, never {@code null}
     * @return the new mock, to be given its answers
     */
    public Stubbing resource(String pattern) {
        return builder.resource(pattern);
    }

    /**
     * Start a mock for the calls the matcher accepts.
     *
     * @param matcher the matcher that selects the calls, never {@code null}
     * @return the new mock, to be given its answers
     */
    public Stubbing matching(RequestMatcher matcher) {
        return builder.matching(matcher);
    }

    /**
     * Return to the builder, e.g. to call {@link TaskMocks.Builder#lenient()}.
     *
     * @return the builder this chain belongs to
     */
    public TaskMocks.Builder and() {
        return builder;
    }

    /**
     * Return the mocks declared so far.
     *
     * @return the built mocks
     */
    public TaskMocks build() {
        return builder.build();
    }

    private TaskIntegration last() {
        return answers.get(answers.size() - 1);
    }

    private AnswerChain replaceLast(TaskIntegration answer) {
        List<TaskIntegration> next = new ArrayList<>(answers);
        next.set(next.size() - 1, answer);
        return new AnswerChain(builder, stubbing, next, index);
    }
}
