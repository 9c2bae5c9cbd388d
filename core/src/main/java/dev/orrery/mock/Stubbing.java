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

    /** Answer only the {@code nth} call (1-based, retries included) of the state. */
    public Stubbing onCall(int nth) {
        return where(RequestMatchers.call(nth));
    }

    /** Answer only the calls the extra matcher also accepts. */
    public Stubbing where(RequestMatcher extra) {
        return new Stubbing(builder, matcher.and(extra), stateName, true);
    }

    /** Return the given result. */
    public AnswerChain returns(JsonNode result) {
        return answersWith(Answers.outcome(TaskOutcome.success(result)));
    }

    /**
     * Return what the Lambda function returns: for {@code arn:aws:states:::lambda:invoke} wrapped in AWS's Invoke
     * envelope ({@code Payload}, {@code StatusCode}...), for a Lambda function ARN the payload itself.
     */
    public AnswerChain returnsPayload(JsonNode payload) {
        return answersWith(Answers.lambdaPayload(payload));
    }

    /** Fail with the given error name and cause. */
    public AnswerChain fails(String error, @Nullable String cause) {
        return answersWith(Answers.outcome(TaskOutcome.failure(error, cause)));
    }

    /**
     * Fail as the service does when it throws the named exception: {@code ConditionalCheckFailedException} becomes
     * {@code DynamoDb.ConditionalCheckFailedException} for {@code aws-sdk:dynamodb} (see {@link AwsErrors}).
     */
    public AnswerChain throwsServiceException(String exceptionName, @Nullable String cause) {
        return answersWith(Answers.serviceException(exceptionName, cause));
    }

    /**
     * Fail as a Lambda function that raised an error: the error name is the error type (e.g. {@code Exception}) and
     * the cause is the function's error object as JSON ({@code errorMessage}, {@code errorType}, {@code requestId},
     * {@code stackTrace}).
     */
    public AnswerChain throwsLambdaError(String errorType, String errorMessage) {
        return answersWith(Answers.lambdaError(errorType, errorMessage));
    }

    /** Never answer: only the state's TimeoutSeconds or HeartbeatSeconds ends the call. */
    public AnswerChain timesOut() {
        return answersWith(Answers.outcome(TaskOutcome.NoResponse.silent()));
    }

    /**
     * Submit a callback call ({@code .waitForTaskToken}, {@code .sync}) with an empty response and leave its answer
     * to test code: start the execution with {@code StateMachineRunner.start} and answer through the session.
     */
    public AnswerChain awaitsCallback() {
        return awaitsCallback(JsonNodeFactory.instance.objectNode());
    }

    /** Submit a callback call with the given service response (the TaskSubmitted output); test code answers. */
    public AnswerChain awaitsCallback(JsonNode submittedOutput) {
        return answersWith(Answers.outcome(TaskOutcome.awaitingCallback(submittedOutput)));
    }

    /**
     * Run a {@code .sync} job told as poll results: the call submits it, then polls every interval read the results
     * in turn until a terminal status ends the task (see {@link JobPolls}).
     */
    public AnswerChain runsJob(JobPolls polls) {
        return answersWith(Answers.job(polls));
    }

    /** Answer with a Java handler (a lambda or a Mockito mock). */
    public AnswerChain answers(TaskHandler handler) {
        return answersWith(Answers.handler(handler));
    }

    /** Answer with an integration that returns the full outcome (latency, heartbeats, failure). */
    public AnswerChain answersWith(TaskIntegration answer) {
        Objects.requireNonNull(answer, "answer");
        return new AnswerChain(builder, this, List.of(answer), -1);
    }

    MockRule rule(List<TaskIntegration> answers) {
        return new MockRule(matcher, ResponseSequence.repeatingLast(answers), stateName, restricted);
    }
}
