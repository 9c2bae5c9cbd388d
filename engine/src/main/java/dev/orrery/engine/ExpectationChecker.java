package dev.orrery.engine;

import static dev.orrery.assertj.OrreryAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * Checks a case's expectations with Orrery's AssertJ assertions, softly: every failed expectation is reported, each
 * prefixed with where it is written in the test file.
 */
final class ExpectationChecker {

    private ExpectationChecker() {}

    /**
     * How failure messages name the execution, instead of the assertions' {@code execution "Execution"}.
     *
     * @param executionName the execution's name, never {@code null}
     * @param named whether the test file named the execution
     * @param testCase the case's name, never {@code null}
     * @param stateMachine the state machine's name, or its definition's label, never {@code null}
     */
    record Names(String executionName, boolean named, String testCase, String stateMachine) {

        /** Return the message with the execution named by its case and state machine. */
        String rename(String message) {
            String described = "execution " + (named ? "\"" + executionName + "\" " : "") + "of case \"" + testCase
                    + "\" (state machine \"" + stateMachine + "\")";
            return message.replace("execution \"" + executionName + "\"", described);
        }
    }

    /** Check every expectation; an {@link AssertionError} lists those that do not hold, in file order. */
    static void check(Execution execution, List<Expectation> expectations, Names names) {
        List<AssertionError> failed = new ArrayList<>();
        Softly softly = new Softly(failed);
        for (Expectation expectation : expectations) {
            check(softly, execution, expectation);
        }
        if (failed.size() == 1) {
            throw renamed(failed.get(0), names);
        }
        if (!failed.isEmpty()) {
            AssertionError all = new AssertionError(failed.size() + " expectations failed:\n\n" + String.join("\n\n",
                    failed.stream().map(e -> names.rename(String.valueOf(e.getMessage()))).toList()));
            failed.forEach(all::addSuppressed);
            throw all;
        }
    }

    /** Return the failure with the execution named by the names, keeping the expected and actual values. */
    private static AssertionError renamed(AssertionError failure, Names names) {
        String message = names.rename(String.valueOf(failure.getMessage()));
        AssertionError renamed = failure instanceof AssertionFailedError values && values.isExpectedDefined()
                && values.isActualDefined()
                ? new AssertionFailedError(message, values.getExpected().getValue(), values.getActual().getValue())
                : new AssertionError(message);
        renamed.setStackTrace(failure.getStackTrace());
        return renamed;
    }

    /**
     * Collects the failure of each expectation instead of stopping at the first, with plain assertions (AssertJ's
     * soft assertion proxies cannot reach Orrery's assertions on the module path).
     */
    private record Softly(List<AssertionError> failed) {

        void check(Runnable expectation) {
            try {
                expectation.run();
            } catch (AssertionError failure) {
                failed.add(failure);
            }
        }
    }

    private static void check(Softly softly, Execution execution, Expectation expectation) {
        String at = expectation.position() + " expect." + expectation.key();
        JsonNode value = expectation.value();
        switch (expectation.key()) {
            case "status" -> softly.check(() -> assertThat(execution).as(at)
                    .hasStatus(ExecutionStatus.valueOf(value.asText())));
            case "error" -> softly.check(() -> assertThat(execution).as(at).hasError(value.asText()));
            case "cause" -> softly.check(() -> assertThat(execution).as(at).hasCause(value.asText()));
            case "path" -> softly.check(() -> assertThat(execution).as(at).hasPath(states(value)));
            case "pathContains" -> softly.check(() -> assertThat(execution).as(at).hasVisitedInOrder(states(value)));
            case "neverVisited" -> softly.check(() -> assertThat(execution).as(at).neverVisited(states(value)));
            case "output" -> softly.check(() -> assertThat(execution).output().as(at).isEqualTo(value));
            case "outputContains" -> contains(softly, execution, at, "", value);
            case "virtualTime" -> softly.check(() -> assertThat(execution).as(at)
                    .tookVirtualTime(Duration.parse(value.asText())));
            default -> calls(softly, execution, at, value);
        }
    }

    /** Expect every field of the subset at its pointer in the output; objects may have more fields. */
    private static void contains(Softly softly, Execution execution, String at, String pointer,
            JsonNode subset) {
        if (subset.isObject() && subset.size() > 0) {
            for (Map.Entry<String, JsonNode> field : subset.properties()) {
                contains(softly, execution, at, pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                        field.getValue());
            }
        } else if (pointer.isEmpty()) {
            softly.check(() -> assertThat(execution).output().as(at).isEqualTo(subset));
        } else {
            softly.check(() -> assertThat(execution).output().atPointer(pointer).as(at).isEqualTo(subset));
        }
    }

    private static void calls(Softly softly, Execution execution, String at, JsonNode counts) {
        for (Map.Entry<String, JsonNode> count : counts.properties()) {
            softly.check(() -> assertThat(execution).state(count.getKey()).as(at)
                    .wasCalledTimes(count.getValue().asInt()));
        }
    }

    private static String[] states(JsonNode value) {
        List<String> states = new ArrayList<>();
        value.forEach(state -> states.add(state.asText()));
        return states.toArray(String[]::new);
    }
}
