package dev.orrery.internal.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.interpreter.SingleStateRun;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateVisit;
import dev.orrery.teststate.InspectionData;
import dev.orrery.teststate.InspectionErrorDetails;
import dev.orrery.teststate.InspectionLevel;
import dev.orrery.teststate.TestStateResult;
import dev.orrery.teststate.TestStateStatus;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns the run of one state into TestState's response: status, output, error, cause, next state, inspection data. */
final class ResultBuilder {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The prefix the interpreter gives the cause of an error raised while running a state (not TestState's). */
    private static final Pattern STATE_PREFIX =
            Pattern.compile("^An error occurred while executing the state '.*?' \\(entered at the event id #\\d+\\)\\. ?");

    private ResultBuilder() {}

    static TestStateResult build(SingleStateRun.Outcome outcome, JsonNode state, String type, boolean jsonata,
            InspectionLevel level, boolean mocked, @Nullable String unvalidatedMock, JsonNode context,
            java.util.function.Function<String, dev.orrery.http.@Nullable HttpConnection> revealed) {
        Execution execution = outcome.execution();
        List<StateVisit> visits = execution.visits();
        StateVisit visit = visits.get(0);
        TestStateStatus status = status(outcome, visit, execution);
        String error = outcome.error() != null ? outcome.error() : execution.error();
        String cause = strip(outcome.error() != null ? outcome.cause() : execution.cause());
        boolean moved = status == TestStateStatus.SUCCEEDED || status == TestStateStatus.CAUGHT_ERROR;
        String next = moved && visits.size() > 1 ? visits.get(1).name() : null;
        JsonNode output = moved ? visit.output() : null;
        InspectionData inspection = level == InspectionLevel.INFO ? null
                : Inspection.of(outcome, visit, state, type, jsonata, level == InspectionLevel.TRACE && !mocked,
                        context, revealed);
        return status == TestStateStatus.SUCCEEDED
                ? new TestStateResult(status, output, null, null, next, inspection, unvalidatedMock)
                : new TestStateResult(status, output, emptyToNull(error), cause, next, inspection, unvalidatedMock);
    }

    private static TestStateStatus status(SingleStateRun.Outcome outcome, StateVisit visit, Execution execution) {
        if (outcome.retryIndex() >= 0) {
            return TestStateStatus.RETRIABLE;
        }
        if (visit.caughtBy() >= 0) {
            return TestStateStatus.CAUGHT_ERROR;
        }
        return execution.status() == ExecutionStatus.SUCCEEDED ? TestStateStatus.SUCCEEDED : TestStateStatus.FAILED;
    }

    static InspectionErrorDetails errorDetails(SingleStateRun.Outcome outcome, StateVisit visit) {
        if (outcome.retryIndex() >= 0) {
            long seconds = outcome.retryBackoff() == null ? 0 : outcome.retryBackoff().toSeconds();
            return new InspectionErrorDetails(null, outcome.retryIndex(), seconds);
        }
        return visit.caughtBy() >= 0 ? new InspectionErrorDetails(visit.caughtBy(), null, null) : null;
    }

    private static @Nullable String strip(@Nullable String cause) {
        if (cause == null) {
            return null;
        }
        Matcher matcher = STATE_PREFIX.matcher(cause);
        return matcher.find() ? cause.substring(matcher.end()) : cause;
    }

    private static @Nullable String emptyToNull(@Nullable String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static JsonNode variables(StateVisit visit) {
        return MAPPER.valueToTree(visit.variables());
    }
}
