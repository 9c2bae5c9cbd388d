package dev.orrery.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.text.ClosestNames;
import dev.orrery.mock.AnswerChain;
import dev.orrery.mock.Stubbing;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.StateType;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Builds a case's {@link TaskMocks} from its mocks as data, over the mock configuration's test case if any. */
final class MockFactory {

    private MockFactory() {}

    /**
     * Build the mocks of the case.
     *
     * @param base the mock configuration's test case that answers the states the case leaves out, or {@code null}
     * @throws InvalidTestFileException when a mock names no Task state
     */
    static TaskMocks build(List<StateMock> shared, CaseSpec spec, StateMachine machine,
            @Nullable TaskIntegration base) {
        List<String> tasks = machine.allStates().stream().filter(state -> state.type() == StateType.TASK)
                .map(State::name).distinct().toList();
        TaskMocks.Builder builder = TaskMocks.builder();
        for (StateMock mock : ordered(shared, spec.mocks())) {
            if (mock.byResource()) {
                answers(builder.resource(mock.state()), mock.answers());
                continue;
            }
            if (!tasks.contains(mock.state())) {
                throw new InvalidTestFileException(mock.position() + ": \"" + mock.state()
                        + "\" is not a Task state of the definition" + ClosestNames.didYouMean(mock.state(), tasks)
                        + "; its Task states: " + tasks);
            }
            if (mock.stepFunctionsLocal() != null) {
                builder.state(mock.state()).answersWith(stepFunctionsLocal(mock));
            } else {
                answers(builder.state(mock.state()), mock.answers());
            }
        }
        if (base != null) {
            builder.otherwise(base);
        }
        return builder.build();
    }

    /**
     * Return the mocks in the order they are declared, the last declared that matches a call answering it: the
     * file's mocks by resource, then by state, then the case's own by resource, then by state. A case's mock of a
     * state replaces the file's mock of that state.
     */
    static List<StateMock> ordered(List<StateMock> shared, List<StateMock> own) {
        List<String> ownStates = own.stream().filter(mock -> !mock.byResource()).map(StateMock::state).toList();
        List<StateMock> ordered = new ArrayList<>();
        shared.stream().filter(StateMock::byResource).forEach(ordered::add);
        shared.stream().filter(mock -> !mock.byResource() && !ownStates.contains(mock.state()))
                .forEach(ordered::add);
        own.stream().filter(StateMock::byResource).forEach(ordered::add);
        own.stream().filter(mock -> !mock.byResource()).forEach(ordered::add);
        return ordered;
    }

    /** Return the state's numbered responses as mocks; the reader has checked them. */
    private static TaskMocks stepFunctionsLocal(StateMock mock) {
        ObjectNode responses = JsonNodeFactory.instance.objectNode();
        responses.set(mock.state(), mock.stepFunctionsLocal());
        return TaskMocks.fromStepFunctionsLocal(responses);
    }

    private static void answers(Stubbing stubbing, List<AnswerSpec> answers) {
        AnswerChain chain = null;
        for (AnswerSpec answer : answers) {
            for (int i = 0; i < answer.times(); i++) {
                chain = chain == null ? first(stubbing, answer) : then(chain, answer);
                if (answer.latency() != null) {
                    chain = chain.withLatency(answer.latency());
                }
                if (!answer.heartbeats().isEmpty()) {
                    chain = chain.withHeartbeats(answer.heartbeats().toArray(Duration[]::new));
                }
            }
        }
    }

    private static AnswerChain first(Stubbing stubbing, AnswerSpec answer) {
        return switch (answer.kind()) {
            case RETURNS -> stubbing.returns(answer.value());
            case RETURNS_PAYLOAD -> stubbing.returnsPayload(answer.value());
            case FAILS -> stubbing.fails(String.valueOf(answer.error()), answer.cause());
            case THROWS_SERVICE_EXCEPTION -> stubbing.throwsServiceException(String.valueOf(answer.error()),
                    answer.cause());
            case THROWS_LAMBDA_ERROR -> stubbing.throwsLambdaError(String.valueOf(answer.error()),
                    String.valueOf(answer.cause()));
            case TIMES_OUT -> stubbing.timesOut();
            case AWAITS_CALLBACK -> stubbing.awaitsCallback(answer.value());
            case RUNS_JOB -> stubbing.runsJob(Objects.requireNonNull(answer.job(), "job"));
        };
    }

    private static AnswerChain then(AnswerChain chain, AnswerSpec answer) {
        return switch (answer.kind()) {
            case RETURNS -> chain.thenReturns(answer.value());
            case RETURNS_PAYLOAD -> chain.thenReturnsPayload(answer.value());
            case FAILS -> chain.thenFails(String.valueOf(answer.error()), answer.cause());
            case THROWS_SERVICE_EXCEPTION -> chain.thenThrowsServiceException(String.valueOf(answer.error()),
                    answer.cause());
            case THROWS_LAMBDA_ERROR -> chain.thenThrowsLambdaError(String.valueOf(answer.error()),
                    String.valueOf(answer.cause()));
            case TIMES_OUT -> chain.thenTimesOut();
            case AWAITS_CALLBACK -> chain.thenAnswersWith(awaiting(answer));
            case RUNS_JOB -> chain.thenRunsJob(Objects.requireNonNull(answer.job(), "job"));
        };
    }

    private static TaskIntegration awaiting(AnswerSpec answer) {
        return request -> TaskOutcome.awaitingCallback(answer.value().deepCopy());
    }
}
