package dev.orrery.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.internal.replay.HistoryComparison;
import dev.orrery.internal.replay.HistoryReader;
import dev.orrery.internal.replay.RecordedCalls;
import dev.orrery.internal.replay.Redacted;
import dev.orrery.internal.replay.ReplayIntegration;
import dev.orrery.model.ErrorHandling;
import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.Retrier;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.model.TaskState;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionSession;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.run.StateVisit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Replays a recorded execution against a definition, the same one or a changed one: the run gets the recording's
 * input and, for every task call, what the outside world answered in the recording, with the recorded timing as
 * virtual latency, then is compared with the recording.
 *
 * <pre>{@code
 * ReplayResult result = Replay.of(RecordedExecution.read(Path.of("incident-1234.json"))).against(definition);
 * }</pre>
 *
 * <p>What is replayed, per Task state and call: results and failures of service integrations, Lambda functions and
 * activities; callbacks ({@code .waitForTaskToken}) and {@code .sync} jobs with their submission and the instant the
 * answer arrived; timeouts (the call never answers, so the definition's own {@code TimeoutSeconds} or
 * {@code HeartbeatSeconds} ends it); heartbeats implied by the timing. Calls in Map iterations and Parallel branches
 * are matched by state and request, retries in recorded order. A call the recording never answered (the
 * changed definition calls a task more often, or a new one) stops the replay there, and is reported.
 *
 * <p>Compared, in history order: each event's type and content (see the guide), how long Wait states and retries
 * waited (within a second, or a thousandth of the recorded wait; retries only without jitter; only when the
 * recording has timing), then the status, output, error and cause. The first difference is reported as a {@link Divergence}. A recorded value {@code "<redacted>"} matches any
 * replayed value; inside a string it stands for any text. A redacted value in the input or a task's answer is given
 * to the definition as the string {@code "<redacted>"}: a decision taken on it may differ from the recording's.
 *
 * <p>The Context object's names come from the recording: the execution's and state machine's name, account and
 * region from the execution ARN of {@link RecordedExecution#withDescription(String, String) its description}, the
 * role from {@code ExecutionStarted}, the start time from its timestamp.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Replay {

    private static final Pattern EXECUTION_ARN =
            Pattern.compile("arn:[^:]+:states:([^:]+):([0-9]+):(?:execution|express):([^:]+):([^:]+)(?::[^:]+)?");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:[^:]+:iam::([0-9]+):.*");
    private static final Set<String> SCHEDULED = Set.of("TaskScheduled", "LambdaFunctionScheduled",
            "ActivityScheduled");

    private final RecordedExecution recording;

    private Replay(RecordedExecution recording) {
        this.recording = recording;
    }

    /**
     * Prepare the replay of a recording.
     *
     * @param recording the recorded execution, never {@code null}
     * @return the replay
     */
    public static Replay of(RecordedExecution recording) {
        return new Replay(Objects.requireNonNull(recording, "recording"));
    }

    /**
     * Return the recording this replay replays.
     *
     * @return the recording
     */
    public RecordedExecution recording() {
        return recording;
    }

    /**
     * Replay the recording against a definition on the virtual clock and compare the run with the recording.
     *
     * @param definition the state machine to run, never {@code null}
     * @throws HistoryFormatException when the history's task events cannot be matched to calls
     * @return the result: reproduced, or the first divergence
     */
    public ReplayResult against(StateMachine definition) {
        RecordedCalls.Calls calls = recording.complete() ? RecordedCalls.of(recording.source(), recording.events())
                : new RecordedCalls.Calls(Map.of(), List.of());
        ReplayIntegration integration = new ReplayIntegration(calls.byState());
        ExecutionOptions options = options();
        StateMachineRunner runner = StateMachineRunner.create(definition, integration, options)
                .withActivities(calls.activityArns().toArray(String[]::new));
        ExecutionSession session = null;
        Execution execution;
        String stopped = null;
        try {
            session = runner.start(recording.input());
            execution = session.runToCompletion();
        } catch (ExecutionLimitExceededException e) {
            stopped = e.getMessage();
            if (session == null) {
                throw e;
            }
            execution = session.snapshot();
        }
        return new ReplayResult(recording, execution, noted(compare(execution, integration.unanswered(), stopped,
                jittered(definition))));
    }

    /** Add to a divergence what the recording lacks to decide it, when it lacks something. */
    private @Nullable Divergence noted(@Nullable Divergence divergence) {
        String missing = recording.missingData().orElse(null);
        if (divergence == null || missing == null || divergence.kind() == Divergence.Kind.UNANSWERED_CALL
                && !recording.complete()) {
            return divergence;
        }
        return new Divergence(divergence.kind(), divergence.state(), divergence.eventIndex(), divergence.field(),
                divergence.expected(), divergence.actual(), divergence.message() + " The recording lacks the data to "
                        + "decide this for sure: " + missing + ".");
    }

    /** Return the events of the run the recording's log level would have logged (all of them when complete). */
    private List<HistoryEvent> logged(List<HistoryEvent> events) {
        if (recording.complete()) {
            return events;
        }
        Set<String> kept = recording.loggedTypes();
        return events.stream().filter(event -> kept.contains(event.type())).toList();
    }

    /**
     * Return the recorded events to compare with: all of them; for a partial recording (its input unknown, so every
     * value derived from it too) without the execution data of its events, which is then unknown.
     */
    private List<HistoryEvent> recorded() {
        if (recording.complete()) {
            return recording.events();
        }
        List<HistoryEvent> events = new ArrayList<>();
        for (HistoryEvent event : recording.events()) {
            ObjectNode details = event.details();
            if (details != null) {
                details.remove(List.of("input", "output", "parameters", "assignedVariables"));
            }
            events.add(new HistoryEvent(event.id(), event.previousEventId(), event.timestamp(), event.type(),
                    event.detailsKey(), details));
        }
        return events;
    }

    private @Nullable Divergence compare(Execution execution, ReplayIntegration.@Nullable Unanswered unanswered,
            @Nullable String stopped, boolean jittered) {
        List<HistoryEvent> recorded = recorded();
        List<HistoryEvent> actual = logged(execution.history().events());
        if (unanswered != null) {
            List<HistoryEvent> prefix = logged(beforeCall(execution.history().events(), unanswered.ordinal()));
            Divergence earlier = new HistoryComparison(recorded, prefix, true, "", !jittered).first();
            return earlier != null ? earlier : unansweredCall(unanswered, prefix.size());
        }
        if (stopped != null) {
            Divergence earlier = new HistoryComparison(recorded, actual, true, "", !jittered).first();
            return earlier != null ? earlier : didNotEnd(execution, stopped, actual.size());
        }
        Divergence divergence = new HistoryComparison(recorded, actual, false, ending(execution),
                !jittered).first();
        return divergence != null ? divergence : compareResult(execution);
    }

    /** Return whether a retrier of the definition waits a random time (JitterStrategy FULL). */
    private static boolean jittered(StateMachine definition) {
        for (State state : definition.allStates()) {
            ErrorHandling handling = state instanceof TaskState task ? task.errorHandling()
                    : state instanceof ParallelState parallel ? parallel.errorHandling()
                    : state instanceof MapState map ? map.errorHandling() : null;
            if (handling != null && handling.retry().stream()
                    .anyMatch(retrier -> retrier.jitterStrategy() == Retrier.JitterStrategy.FULL)) {
                return true;
            }
        }
        return false;
    }

    private @Nullable Divergence compareResult(Execution execution) {
        if (execution.status() != recording.status()) {
            return result("status", recording.status().name(), execution.status().name());
        }
        if (!same(recording.error(), execution.error())) {
            return result("error", String.valueOf(recording.error()), String.valueOf(execution.error()));
        }
        if (!same(recording.cause(), execution.cause())) {
            return result("cause", String.valueOf(recording.cause()), String.valueOf(execution.cause()));
        }
        Redacted.Difference output = Redacted.firstDifference("output", recording.output(), execution.output());
        if (recording.status() == ExecutionStatus.SUCCEEDED && output != null) {
            return result(output.where(), String.valueOf(output.expected()), String.valueOf(output.actual()));
        }
        if (recording.complete() && !recording.path().equals(execution.path())) {
            return result("path", String.join(" -> ", recording.path()), String.join(" -> ", execution.path()));
        }
        return null;
    }

    private static boolean same(@Nullable String expected, @Nullable String actual) {
        JsonNode left = expected == null ? null : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .textNode(expected);
        JsonNode right = actual == null ? null : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .textNode(actual);
        if (Redacted.matches(left, right)) {
            return true;
        }
        JsonNode parsedLeft = expected == null ? null : HistoryReader.decode(expected);
        JsonNode parsedRight = actual == null ? null : HistoryReader.decode(actual);
        return parsedLeft != null && parsedLeft.isContainerNode() && Redacted.matches(parsedLeft, parsedRight);
    }

    private static Divergence result(String field, String expected, String actual) {
        return new Divergence(Divergence.Kind.RESULT, null, -1, field, expected, actual,
                "The execution's " + field + " is " + expected + " in the recording but " + actual + " in the replay.");
    }

    private Divergence unansweredCall(ReplayIntegration.Unanswered unanswered, int eventIndex) {
        String state = unanswered.request().stateName();
        String missing = recording.missingData().orElse(null);
        if (!recording.complete() && missing != null) {
            return new Divergence(Divergence.Kind.UNANSWERED_CALL, state, eventIndex, "task call",
                    "no recorded calls", "call " + (unanswered.recordedCalls() + 1),
                    "At state \"" + state + "\": the definition calls " + unanswered.request().resource()
                            + ", but the recording lacks the data to decide what it answered: " + missing
                            + ". The replay stopped there.");
        }
        int recorded = unanswered.recordedCalls();
        String what = recorded == 0
                ? "a task the recording never called"
                : "call " + (recorded + 1) + " of that state, but the recording answered only " + recorded;
        return new Divergence(Divergence.Kind.UNANSWERED_CALL, state, eventIndex, "task call",
                recorded + " recorded call(s)", "call " + (recorded + 1),
                "At state \"" + state + "\", event " + (eventIndex + 1) + ": the definition calls "
                        + unanswered.request().resource() + " (" + what + "); the recording has no answer for it, "
                        + "so the replay stopped there.");
    }

    private Divergence didNotEnd(Execution execution, String stopped, int eventIndex) {
        String waiting = null;
        for (StateVisit visit : execution.visits()) {
            if (visit.exited() == null) {
                waiting = visit.name();
            }
        }
        String why = waiting != null && stopped.startsWith("The execution cannot progress")
                ? "at state \"" + waiting + "\" it waits for an answer the recording does not give (the recorded call "
                        + "timed out, or never ended), and no TimeoutSeconds, HeartbeatSeconds or execution timeout of "
                        + "the definition ends the wait."
                : stopped;
        return new Divergence(Divergence.Kind.DID_NOT_END, waiting, eventIndex, "status", recording.status().name(),
                "RUNNING", "The recording ended " + recording.status() + " but the replay did not end: " + why);
    }

    /** Return the events before the scheduling of the given call (0-based, among all task calls). */
    private static List<HistoryEvent> beforeCall(List<HistoryEvent> events, int ordinal) {
        int seen = 0;
        for (int k = 0; k < events.size(); k++) {
            if (SCHEDULED.contains(events.get(k).type()) && seen++ == ordinal) {
                return new ArrayList<>(events.subList(0, k));
            }
        }
        return events;
    }

    private static String ending(Execution execution) {
        StringBuilder text = new StringBuilder("ended ").append(execution.status());
        if (execution.error() != null) {
            text.append(" (error \"").append(execution.error()).append("\")");
        }
        return text.toString();
    }

    /** Return options that give the replay the recording's names, role and start time. */
    private ExecutionOptions options() {
        ExecutionOptions options = ExecutionOptions.defaults().withStartTime(recording.startTime());
        String arn = recording.executionArn();
        Matcher execution = arn == null ? null : EXECUTION_ARN.matcher(arn);
        if (execution != null && execution.matches()) {
            options = options.withRegion(execution.group(1)).withAccountId(execution.group(2))
                    .withStateMachineName(execution.group(3)).withExecutionName(execution.group(4));
        }
        JsonNode role = recording.events().get(0).detail("roleArn");
        if (role != null && role.isTextual()) {
            options = options.withRoleArn(role.asText());
            Matcher account = ROLE_ARN.matcher(role.asText());
            if (arn == null && account.matches()) {
                options = options.withAccountId(account.group(1));
            }
        }
        if (arn == null) {
            for (HistoryEvent event : recording.events()) {
                JsonNode region = event.detail("region");
                if (event.type().equals("TaskScheduled") && region != null && region.isTextual()) {
                    options = options.withRegion(region.asText());
                    break;
                }
            }
        }
        return options;
    }
}
