package dev.orrery.assertj;

import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a state's work during a visit, read from the history: each call of a Task (a {@code TaskScheduled},
 * {@code ActivityScheduled} or {@code LambdaFunctionScheduled} event), or each run of a Parallel or Map state; the
 * retries of a visit are its attempts after the first.
 *
 * @param number the 1-based attempt number within the visit
 * @param scheduled the virtual time the attempt was scheduled (a Parallel or Map: started), never {@code null}
 * @param ended the virtual time it succeeded, failed or timed out, or {@code null} when it never ended
 * @param error the error it failed with, or {@code null} when it did not fail
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Attempt(int number, Instant scheduled, @Nullable Instant ended, @Nullable String error) {

    /**
     * Check the scheduled time is given.
     *
     * @param number the 1-based attempt number within the visit
     * @param scheduled the virtual time the attempt was scheduled, never {@code null}
     * @param ended the virtual time it ended, or {@code null}
     * @param error the error it failed with, or {@code null}
     */
    public Attempt {
        Objects.requireNonNull(scheduled, "scheduled");
    }

    /**
     * Return the attempts of one visit of the execution, in order, with their virtual times.
     *
     * <pre>{@code
     * StateVisit charge = execution.visits().get(2);
     * List<Attempt> attempts = Attempt.of(execution, charge);   // e.g. scheduled at 00:00:00, 00:00:01, 00:00:03
     * }</pre>
     *
     * @param execution the finished execution, never {@code null}
     * @param visit one of its visits, never {@code null}
     * @return the attempts, empty for a state that does no work (Pass, Choice, Wait...)
     */
    public static List<Attempt> of(Execution execution, StateVisit visit) {
        List<StateVisit> same = execution.visits().stream().filter(v -> v.name().equals(visit.name())).toList();
        int index = 0;
        while (index < same.size() && same.get(index) != visit) {
            index++;
        }
        return index == same.size() ? List.of() : of(execution, visit.name(), index);
    }

    static List<Attempt> of(Execution execution, String state, int visit) {
        List<Attempt> attempts = new ArrayList<>();
        Instant scheduled = null;
        for (HistoryEvent event : new EventScopes(execution).eventsOfVisit(state, visit)) {
            String type = event.type();
            if (type.endsWith("Scheduled") || type.equals("ParallelStateStarted") || type.equals("MapStateStarted")) {
                if (scheduled != null) {
                    attempts.add(new Attempt(attempts.size() + 1, scheduled, null, null));
                }
                scheduled = event.timestamp();
            } else if (scheduled != null && ends(type)) {
                String error = type.endsWith("Succeeded") || event.details() == null ? null
                        : event.details().path("error").asText(null);
                attempts.add(new Attempt(attempts.size() + 1, scheduled, event.timestamp(), error));
                scheduled = null;
            }
        }
        if (scheduled != null) {
            attempts.add(new Attempt(attempts.size() + 1, scheduled, null, null));
        }
        return attempts;
    }

    private static boolean ends(String type) {
        return !type.endsWith("StateExited") && !type.startsWith("MapIteration") && !type.startsWith("MapRun")
                && (type.endsWith("Succeeded") || type.endsWith("Failed")
                || type.endsWith("TimedOut") || type.endsWith("Aborted"));
    }

    @Override
    public String toString() {
        return "attempt " + number + " scheduled at " + scheduled + (ended == null ? "" : ", ended at " + ended)
                + (error == null ? "" : " with " + error);
    }
}
