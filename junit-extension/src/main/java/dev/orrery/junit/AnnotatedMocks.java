package dev.orrery.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.text.ClosestNames;
import dev.orrery.mock.AnswerChain;
import dev.orrery.mock.TaskMocks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns the {@link MockTask} annotations of a test into fluent mocks, checking each against the definition. */
final class AnnotatedMocks {

    private static final String ANNOTATION = "@MockTask";

    private AnnotatedMocks() {}

    static void declare(List<MockTask> annotations, TaskMocks.Builder builder, Set<String> stateNames,
            Class<?> testClass) {
        Map<String, List<MockTask>> byState = new LinkedHashMap<>();
        for (MockTask mock : annotations) {
            check(mock, stateNames, testClass);
            byState.computeIfAbsent(mock.state(), k -> new ArrayList<>()).add(mock);
        }
        byState.forEach((state, mocks) -> declare(state, mocks, builder, testClass));
    }

    private static void declare(String state, List<MockTask> mocks, TaskMocks.Builder builder, Class<?> testClass) {
        AnswerChain chain = null;
        for (MockTask mock : mocks) {
            for (int i = 0; i < mock.times(); i++) {
                chain = answer(chain, builder, mock, testClass);
                if (!mock.latency().isEmpty()) {
                    chain = chain.withLatency(Problems.duration(mock.latency(), testClass));
                }
            }
        }
    }

    private static AnswerChain answer(@Nullable AnswerChain chain, TaskMocks.Builder builder, MockTask mock,
            Class<?> testClass) {
        String cause = mock.cause().isEmpty() ? null : mock.cause();
        if (!mock.error().isEmpty()) {
            return chain == null ? builder.state(mock.state()).fails(mock.error(), cause)
                    : chain.thenFails(mock.error(), cause);
        }
        JsonNode result = result(mock, testClass);
        return chain == null ? builder.state(mock.state()).returns(result) : chain.thenReturns(result);
    }

    private static JsonNode result(MockTask mock, Class<?> testClass) {
        String text = mock.returns();
        if (!mock.returnsFile().isEmpty()) {
            text = Resources.read(mock.returnsFile(), testClass);
            if (text == null) {
                throw Problems.config(testClass, ANNOTATION, "No returnsFile \"" + mock.returnsFile() + "\" found",
                        Resources.whereToPut(mock.returnsFile()));
            }
        }
        JsonNode json = Resources.json(text);
        if (json == null) {
            throw Problems.config(testClass, ANNOTATION, "The result of state \"" + mock.state() + "\" is not JSON "
                    + Resources.whyNotJson(text),
                    "write valid JSON, e.g. returns = \"{\\\"status\\\": \\\"PAID\\\"}\".");
        }
        return json;
    }

    private static void check(MockTask mock, Set<String> stateNames, Class<?> testClass) {
        if (!stateNames.contains(mock.state())) {
            String hint = ClosestNames.didYouMean(mock.state(), stateNames);
            throw Problems.config(testClass, ANNOTATION, "Unknown state \"" + mock.state() + "\"",
                    hint.isEmpty() ? "use one of the definition's states " + stateNames + "."
                            : hint.substring(2) + " The definition's states are " + stateNames + ".");
        }
        int answers = (mock.returns().isEmpty() ? 0 : 1) + (mock.returnsFile().isEmpty() ? 0 : 1)
                + (mock.error().isEmpty() ? 0 : 1);
        if (answers != 1) {
            throw Problems.config(testClass, ANNOTATION, "State \"" + mock.state() + "\" has " + answers + " answers",
                    "give exactly one of returns, returnsFile and error.");
        }
        if (mock.times() < 1) {
            throw Problems.config(testClass, ANNOTATION, "State \"" + mock.state() + "\" has times = " + mock.times(),
                    "give times >= 1.");
        }
    }
}
