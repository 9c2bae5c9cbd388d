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
import java.util.List;
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
        List<StateMock> all = new java.util.ArrayList<>(shared);
        all.addAll(spec.mocks());
        for (StateMock mock : all) {
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
            }
        }
    }

    private static AnswerChain first(Stubbing stubbing, AnswerSpec answer) {
        return switch (answer.kind()) {
            case RETURNS -> stubbing.returns(answer.value());
            case RETURNS_PAYLOAD -> stubbing.returnsPayload(answer.value());
            case FAILS -> stubbing.fails(String.valueOf(answer.error()), answer.cause());
            case TIMES_OUT -> stubbing.timesOut();
            case AWAITS_CALLBACK -> stubbing.awaitsCallback(answer.value());
        };
    }

    private static AnswerChain then(AnswerChain chain, AnswerSpec answer) {
        return switch (answer.kind()) {
            case RETURNS -> chain.thenReturns(answer.value());
            case RETURNS_PAYLOAD -> chain.thenReturnsPayload(answer.value());
            case FAILS -> chain.thenFails(String.valueOf(answer.error()), answer.cause());
            case TIMES_OUT -> chain.thenTimesOut();
            case AWAITS_CALLBACK -> chain.thenAnswersWith(awaiting(answer));
        };
    }

    private static TaskIntegration awaiting(AnswerSpec answer) {
        return request -> TaskOutcome.awaitingCallback(answer.value().deepCopy());
    }
}
