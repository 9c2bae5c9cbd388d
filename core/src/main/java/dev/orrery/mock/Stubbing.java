package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The first step of a fluent mock: which calls it answers; then its first answer, which starts an
 * {@link AnswerChain}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Stubbing {

    private final TaskMocks.Builder builder;
    private final RequestMatcher matcher;
    private final @Nullable String stateName;
    private final boolean restricted;

    Stubbing(TaskMocks.Builder builder, RequestMatcher matcher, @Nullable String stateName) {
        this(builder, matcher, stateName, false);
    }

    private Stubbing(TaskMocks.Builder builder, RequestMatcher matcher, @Nullable String stateName,
            boolean restricted) {
        this.builder = builder;
        this.matcher = matcher;
        this.stateName = stateName;
        this.restricted = restricted;
    }

    /**
     * Answer only the {@code nth} call (1-based, retries included) of the state.
     *
     * @param nth the 1-based call number, counted per state
     * @return a copy of this mock restricted to that call
     */
    public Stubbing onCall(int nth) {
        return where(RequestMatchers.call(nth));
    }

    /**
     * Answer only the calls the extra matcher also accepts.
     *
     * @param extra the additional matcher, never {@code null}
     * @return a copy of this mock restricted to the calls both matchers accept
     */
    public Stubbing where(RequestMatcher extra) {
        return new Stubbing(builder, matcher.and(extra), stateName, true);
    }

    /**
     * Return the given result.
     *
     * @param result the task's result, never {@code null}; copied, so changing it later changes no answer
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain returns(JsonNode result) {
        return answersWith(Answers.outcome(TaskOutcome.success(result.deepCopy())));
    }

    /**
     * Return the result written as JSON text, e.g. {@code returns("{\"status\": \"PAID\"}")}.
     *
     * @param json the JSON text of the task's result, never {@code null}
     * @return the chain of answers, to add further answers to
     * @throws IllegalArgumentException when the text is not JSON, with the position of the error
     */
    public AnswerChain returns(String json) {
        return returns(MockJson.parse("mocked result", json));
    }

    /**
     * Return what the Lambda function returns: for {@code arn:aws:states:::lambda:invoke} wrapped in AWS's Invoke
     * envelope ({@code Payload}, {@code StatusCode}...), for a Lambda function ARN the payload itself.
     *
     * @param payload what the Lambda function returns, never {@code null}
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain returnsPayload(JsonNode payload) {
        return answersWith(Answers.lambdaPayload(payload.deepCopy()));
    }

    /**
     * Return what the Lambda function returns, written as JSON text (see {@link #returnsPayload(JsonNode)}).
     *
     * @param json the JSON text of what the Lambda function returns, never {@code null}
     * @return the chain of answers, to add further answers to
     * @throws IllegalArgumentException when the text is not JSON, with the position of the error
     */
    public AnswerChain returnsPayload(String json) {
        return returnsPayload(MockJson.parse("mocked payload", json));
    }

    /**
     * Fail with the given error name and cause.
     *
     * @param error the error name, never {@code null}
     * @param cause the cause text, or {@code null}
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain fails(String error, @Nullable String cause) {
        return answersWith(Answers.outcome(TaskOutcome.failure(error, cause)));
    }

    /**
     * Fail as the service does when it throws the named exception: {@code ConditionalCheckFailedException} becomes
     * {@code DynamoDb.ConditionalCheckFailedException} for {@code aws-sdk:dynamodb} (see {@link AwsErrors}).
     *
     * @param exceptionName the service's exception name, never {@code null}
     * @param cause the cause text, or {@code null}
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain throwsServiceException(String exceptionName, @Nullable String cause) {
        return answersWith(Answers.serviceException(exceptionName, cause));
    }

    /**
     * Fail as a Lambda function that raised an error: the error name is the error type (e.g. {@code Exception}) and
     * the cause is the function's error object as JSON ({@code errorMessage}, {@code errorType}, {@code requestId},
     * {@code stackTrace}).
     *
     * @param errorType the function's error type, e.g. {@code Exception}, never {@code null}
     * @param errorMessage the function's error message, never {@code null}
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain throwsLambdaError(String errorType, String errorMessage) {
        return answersWith(Answers.lambdaError(errorType, errorMessage));
    }

    /**
     * Never answer: only the state's TimeoutSeconds or HeartbeatSeconds ends the call.
     *
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain timesOut() {
        return answersWith(Answers.outcome(TaskOutcome.NoResponse.silent()));
    }

    /**
     * Submit a callback call ({@code .waitForTaskToken}, {@code .sync}) with an empty response and leave its answer
     * to test code: start the execution with {@code StateMachineRunner.start} and answer through the session.
     *
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain awaitsCallback() {
        return awaitsCallback(JsonNodeFactory.instance.objectNode());
    }

    /**
     * Submit a callback call with the given service response (the TaskSubmitted output); test code answers.
     *
     * @param submittedOutput the service's response to the submitting call, never {@code null}
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain awaitsCallback(JsonNode submittedOutput) {
        return answersWith(Answers.outcome(TaskOutcome.awaitingCallback(submittedOutput.deepCopy())));
    }

    /**
     * Submit a callback call with the service response written as JSON text (see {@link #awaitsCallback(JsonNode)}).
     *
     * @param submittedOutput the JSON text of the service's response, never {@code null}
     * @return the chain of answers, to add further answers to
     * @throws IllegalArgumentException when the text is not JSON, with the position of the error
     */
    public AnswerChain awaitsCallback(String submittedOutput) {
        return awaitsCallback(MockJson.parse("submitted output", submittedOutput));
    }

    /**
     * Run a {@code .sync} job told as poll results: the call submits it, then polls every interval read the results
     * in turn until a terminal status ends the task (see {@link JobPolls}).
     *
     * @param polls the job's submission and polls, never {@code null}
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain runsJob(JobPolls polls) {
        return answersWith(Answers.job(polls));
    }

    /**
     * Answer with a Java handler (a lambda or a Mockito mock).
     *
     * @param handler the handler that answers the call, never {@code null}
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain answers(TaskHandler handler) {
        return answersWith(Answers.handler(handler));
    }

    /**
     * Answer with an integration that returns the full outcome (latency, heartbeats, failure).
     *
     * @param answer the integration that answers the call, never {@code null}
     * @return the chain of answers, to add further answers to
     */
    public AnswerChain answersWith(TaskIntegration answer) {
        Objects.requireNonNull(answer, "answer");
        return new AnswerChain(builder, this, List.of(answer), -1);
    }

    MockRule rule(List<TaskIntegration> answers) {
        return new MockRule(matcher, ResponseSequence.repeatingLast(answers), stateName, restricted);
    }
}
