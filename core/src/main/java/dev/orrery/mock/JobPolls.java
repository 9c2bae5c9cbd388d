package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code .sync} job told as the sequence of results Step Functions reads when it polls the service: the call
 * submits the job ({@code TaskSubmitted}), then every interval of virtual time a poll reads the job's description,
 * until a terminal status ends the task.
 *
 * <p>The status is read where the service reports it ({@code Status} of a Batch job, {@code JobRunState} of a Glue
 * job run, {@code LastStatus} of an ECS task, {@code Status} of a Step Functions execution...; see the guide for the
 * list), or where {@link #statusAt} says. A status that ends the job well makes the poll's result the task's result;
 * one that ends it badly fails the task with {@code States.TaskFailed} and the poll's result, as compact JSON, as
 * cause. When the polls run out before a terminal status the job stays in its last status: only the state's
 * {@code TimeoutSeconds} (or {@code HeartbeatSeconds}) ends it. Immutable.
 *
 * <pre>{@code
 * TaskMocks.builder().state("Train").runsJob(JobPolls.every(Duration.ofMinutes(1))
 *         .submitted(json("{\"JobId\": \"j-1\", \"JobName\": \"train\"}"))
 *         .polls(json("{\"Status\": \"RUNNABLE\"}"), json("{\"Status\": \"RUNNING\"}"),
 *                json("{\"Status\": \"SUCCEEDED\", \"JobId\": \"j-1\"}")))
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JobPolls {

    private final Duration interval;
    private final JsonNode submitted;
    private final List<JsonNode> results;
    private final @Nullable JobStatusRule rule;

    private JobPolls(Duration interval, JsonNode submitted, List<JsonNode> results, @Nullable JobStatusRule rule) {
        this.interval = interval;
        this.submitted = submitted;
        this.results = List.copyOf(results);
        this.rule = rule;
    }

    /**
     * Start a job polled every interval of virtual time, the first poll one interval after the submission.
     *
     * @throws IllegalArgumentException when the interval is not positive
     * @param interval the virtual time between polls, positive, never {@code null}
     * @return a job with no polls yet
     */
    public static JobPolls every(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive but was " + interval);
        }
        return new JobPolls(interval, JsonNodeFactory.instance.objectNode(), List.of(), null);
    }

    /**
     * Return a copy whose submitting call answers with the given response (the {@code TaskSubmitted} output).
     *
     * @param submittedOutput the service's response to the submitting call, never {@code null}
     * @return a copy with the submission's response replaced
     */
    public JobPolls submitted(JsonNode submittedOutput) {
        return new JobPolls(interval, Objects.requireNonNull(submittedOutput, "submittedOutput").deepCopy(), results, rule);
    }

    /**
     * Return a copy whose polls read these results, in order, after the ones declared before.
     *
     * @param first the result the next poll reads, never {@code null}
     * @param then the results the polls after it read, in order
     * @return a copy with these polls added
     */
    public JobPolls polls(JsonNode first, JsonNode... then) {
        List<JsonNode> next = new ArrayList<>(results);
        next.add(Objects.requireNonNull(first, "first").deepCopy());
        for (JsonNode result : then) {
            next.add(Objects.requireNonNull(result, "result").deepCopy());
        }
        return new JobPolls(interval, submitted, next, rule);
    }

    /**
     * Return a copy that reads the status at the JSON pointer (e.g. {@code /Status}) and ends the job on the given
     * statuses, instead of the service's own rule; needed for {@code .sync} APIs Orrery does not know.
     *
     * @param jsonPointer the JSON pointer of the status in each poll result, never {@code null}
     * @param succeeded the statuses that end the job successfully, never {@code null}
     * @param failed the statuses that end the job in failure, never {@code null}
     * @return a copy with this status rule
     */
    public JobPolls statusAt(String jsonPointer, List<String> succeeded, List<String> failed) {
        Objects.requireNonNull(jsonPointer, "jsonPointer");
        if (!jsonPointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with '/' but was \"" + jsonPointer + "\"");
        }
        return new JobPolls(interval, submitted, results, JobStatusRule.of(jsonPointer, succeeded, failed));
    }

    /** Return the response of the submitting call (the {@code TaskSubmitted} output). */
    JsonNode submitted() {
        return submitted;
    }

    /**
     * Return the poll interval.
     *
     * @return the virtual time between polls
     */
    public Duration interval() {
        return interval;
    }

    /**
     * Return the polls the job goes through when the request's task runs it, up to the one that ends it (or all of
     * them when none does).
     *
     * @throws IllegalArgumentException when the request's resource is not a {@code .sync} integration, or one whose
     *     status Orrery does not know and no {@link #statusAt} was given
     * @param request the Task call that runs the job, never {@code null}
     * @return the polls, in order
     */
    public List<JobPoll> polls(TaskRequest request) {
        JobStatusRule statuses = ruleFor(request);
        if (results.isEmpty()) {
            throw new IllegalArgumentException("The job of state \"" + request.stateName() + "\" declares no poll "
                    + "result: add them with JobPolls.polls(...)");
        }
        List<JobPoll> polls = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            JobPoll poll = new JobPoll(interval.multipliedBy(i + 1L), result, statuses.status(result),
                    statuses.outcome(result));
            polls.add(poll);
            if (poll.outcome() != JobPoll.Outcome.RUNNING) {
                break;
            }
        }
        return polls;
    }

    /** Return the outcome of the call: the submission, answered by the terminal poll (or never). */
    TaskOutcome outcome(TaskRequest request) {
        if (EcsRunTaskFailures.failed(request, submitted)) {
            return new TaskOutcome.Callback(submitted, TaskOutcome.NoResponse.silent());
        }
        List<JobPoll> polls = polls(request);
        JobPoll last = polls.get(polls.size() - 1);
        TaskOutcome answer = switch (last.outcome()) {
            case RUNNING -> TaskOutcome.NoResponse.silent();
            case SUCCEEDED -> new TaskOutcome.Success(last.result(), last.after());
            case FAILED -> new TaskOutcome.Failure("States.TaskFailed", last.result().toString(), last.after());
        };
        return new TaskOutcome.Callback(submitted, answer);
    }

    private JobStatusRule ruleFor(TaskRequest request) {
        if (!JobStatusRule.isSync(request.resource())) {
            throw new IllegalArgumentException("State \"" + request.stateName() + "\" is mocked with job polls but "
                    + "its resource " + request.resource() + " is no .sync or .sync:2 integration");
        }
        JobStatusRule known = rule != null ? rule : JobStatusRule.forResource(request.resource());
        if (known == null) {
            throw new IllegalArgumentException("Orrery does not know where the job of " + request.resource()
                    + " (state \"" + request.stateName() + "\") reports its status: declare it with "
                    + "JobPolls.statusAt(jsonPointer, succeeded, failed). Known: "
                    + String.join(", ", JobStatusRule.knownApis()));
        }
        return known;
    }

    @Override
    public String toString() {
        return "JobPolls[every " + interval + ", " + results.size() + " poll result(s)]";
    }
}
