package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on what happened to one state of an execution: how often it was entered, retried and called, the
 * errors it caught, where it went next, its timing and its Map iterations.
 *
 * <p>{@link StateAssert} is the concrete class and adds navigation to the JSON of each visit.
 *
 * @param <SELF> the concrete assert type, returned by every assertion for chaining
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class AbstractStateAssert<SELF extends AbstractStateAssert<SELF>>
        extends AbstractAssert<SELF, StateOfExecution> {

    /**
     * Create an assert over the state.
     *
     * @param actual the state of an execution, never {@code null}
     * @param selfType the concrete assert type
     */
    protected AbstractStateAssert(StateOfExecution actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verify that the state was entered at least once.
     *
     * <pre>{@code
     * assertThat(execution).state("Ship").wasEntered();     // passes when "Ship" is on the path
     * assertThat(execution).state("Refund").wasEntered();   // fails when it is not (the path is printed)
     * }</pre>
     *
     * @return this assert
     */
    public SELF wasEntered() {
        int count = actual.visits().size();
        return check(count > 0 ? null : entered("at least 1 time", count));
    }

    /**
     * Verify that the state was entered exactly this many times.
     *
     * <pre>{@code
     * assertThat(execution).state("Poll").wasEnteredTimes(3);   // passes when "Poll" was entered 3 times
     * assertThat(execution).state("Poll").wasEnteredTimes(1);   // fails then
     * }</pre>
     *
     * @param times the expected number of entries
     * @return this assert
     */
    public SELF wasEnteredTimes(int times) {
        int count = actual.visits().size();
        return check(count == times ? null : entered(Describe.times(times), count));
    }

    /**
     * Verify that the state was never entered.
     *
     * <pre>{@code
     * assertThat(execution).state("Refund").wasNotEntered();   // passes when "Refund" is not on the path
     * assertThat(execution).state("Ship").wasNotEntered();     // fails when it is
     * }</pre>
     *
     * @return this assert
     */
    public SELF wasNotEntered() {
        return wasEnteredTimes(0);
    }

    /**
     * Verify the number of retries of the state, over all its visits.
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").wasRetried(2);   // passes after two failed attempts were retried
     * assertThat(execution).state("ChargeCard").wasRetried(0);   // fails then; the retries of each visit are listed
     * }</pre>
     *
     * @param times the expected number of retries
     * @return this assert
     */
    public SELF wasRetried(int times) {
        List<String> byVisit = actual.visits().stream().map(visit -> String.valueOf(visit.retries())).toList();
        int count = actual.visits().stream().mapToInt(StateVisit::retries).sum();
        return check(count == times ? null : ShouldHaveCount.shouldHaveCount(actual.toString(), "have been retried",
                Describe.times(times), "it was retried", Describe.times(count), "retries by visit",
                Describe.path(byVisit)));
    }

    /**
     * Verify that a Catch clause of the state caught the given error in some visit.
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").caughtError("Payment.Declined");  // passes when caught
     * assertThat(execution).state("ChargeCard").caughtError("States.Timeout");    // fails: another or no error
     * }</pre>
     *
     * <p>To check which catcher caught it, use {@link #caughtError(String, int)}.
     *
     * @param error the error name, never {@code null}
     * @return this assert
     */
    public SELF caughtError(String error) {
        List<StateVisit> visits = actual.visits();
        boolean caught = visits.stream().anyMatch(v -> error.equals(v.error()) && v.exited() != null);
        return check(caught ? null : ShouldHaveCaught.shouldHaveCaught(actual, error, whatItCaught(visits)));
    }

    /**
     * Verify that some visit of the state caught the given error with the given catcher (0-based, in the order of
     * the state's {@code Catch} array).
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").caughtError("Payment.Declined", 0);  // passes when Catch[0] caught it
     * assertThat(execution).state("ChargeCard").caughtError("Payment.Declined", 1);  // fails: Catch[0] did
     * }</pre>
     *
     * @param error the error name, never {@code null}
     * @param catcher the 0-based index of the catcher in the state's {@code Catch} array
     * @return this assert
     */
    public SELF caughtError(String error, int catcher) {
        List<StateVisit> visits = actual.visits();
        boolean caught = visits.stream().anyMatch(v -> error.equals(v.error()) && v.caughtBy() == catcher);
        List<String> byCatcher = visits.stream().filter(v -> v.error() != null && v.caughtBy() >= 0)
                .map(v -> Describe.quoted(Objects.requireNonNull(v.error())) + " with Catch[" + v.caughtBy() + "]")
                .toList();
        String actualCatches = byCatcher.isEmpty() ? whatItCaught(visits)
                : "it caught:" + Describe.NL + "  " + Describe.path(byCatcher);
        return check(caught ? null
                : ShouldHaveCaught.shouldHaveCaught(actual, error + " with Catch[" + catcher + "]", actualCatches));
    }

    /**
     * Verify that the state went on to the given state after some visit (by Next, Choice, Default or a Catch).
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").transitionedTo("Ship");     // passes when "Ship" came next
     * assertThat(execution).state("ChargeCard").transitionedTo("Refund");   // fails then
     * }</pre>
     *
     * @param next the next state's name, never {@code null}
     * @return this assert
     */
    public SELF transitionedTo(String next) {
        List<String> targets = nextStates();
        return check(targets.contains(next) ? null
                : ShouldHaveTransitionedTo.shouldHaveTransitionedTo(actual, next, targets));
    }

    /**
     * Verify that some visit of the state was entered at the given virtual instant.
     *
     * <pre>{@code
     * assertThat(execution).state("Ship").wasEnteredAt(Instant.parse("2025-01-01T02:00:00Z"));  // after a 2h wait
     * assertThat(execution).state("Ship").wasEnteredAt(Instant.parse("2025-01-01T00:00:00Z"));  // fails then
     * }</pre>
     *
     * @param instant the expected instant, never {@code null}
     * @return this assert
     */
    public SELF wasEnteredAt(Instant instant) {
        return checkTime("been entered at", instant, StateVisit::entered);
    }

    /**
     * Verify that some visit of the state was left at the given virtual instant.
     *
     * <pre>{@code
     * assertThat(execution).state("Nap").wasExitedAt(Instant.parse("2025-01-01T00:00:10Z"));  // a 10 s Wait
     * assertThat(execution).state("Nap").wasExitedAt(Instant.parse("2025-01-01T00:00:00Z"));  // fails then
     * }</pre>
     *
     * @param instant the expected instant, never {@code null}
     * @return this assert
     */
    public SELF wasExitedAt(Instant instant) {
        return checkTime("been exited at", instant, StateVisit::exited);
    }

    /**
     * Verify how many times the state called its task, retries included: one {@code TaskScheduled} (or
     * {@code LambdaFunctionScheduled}, {@code ActivityScheduled}) event per call.
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").wasCalledTimes(3);   // passes: two failed attempts and a third
     * assertThat(execution).state("ChargeCard").wasCalledTimes(1);   // fails then; the requests are printed
     * }</pre>
     *
     * @param times the expected number of calls
     * @return this assert
     */
    public SELF wasCalledTimes(int times) {
        List<JsonNode> requests = TaskCalls.requests(actual);
        return check(requests.size() == times ? null : ShouldHaveCount.shouldHaveCount(actual.toString(),
                "have called its task", Describe.times(times), "it did", Describe.times(requests.size()),
                "requests", requests.toString()));
    }

    /**
     * Verify how many iterations a Map state started, from its {@code MapIterationStarted} events.
     *
     * <pre>{@code
     * assertThat(execution).state("Items").hasIterations(3);   // passes when the Map ran over three items
     * assertThat(execution).state("Items").hasIterations(2);   // fails then
     * }</pre>
     *
     * @param count the expected number of iterations
     * @return this assert
     */
    public SELF hasIterations(int count) {
        return checkIterations("MapIterationStarted", "have started Map iterations", count);
    }

    /**
     * Verify how many iterations of a Map state failed, from its {@code MapIterationFailed} events.
     *
     * <pre>{@code
     * assertThat(execution).state("Items").hasFailedIterations(1);   // passes when one item failed
     * assertThat(execution).state("Items").hasFailedIterations(0);   // fails then; the failed indexes are listed
     * }</pre>
     *
     * @param count the expected number of failed iterations
     * @return this assert
     */
    public SELF hasFailedIterations(int count) {
        return checkIterations("MapIterationFailed", "have failed Map iterations", count);
    }

    private List<String> nextStates() {
        EventScopes scopes = new EventScopes(actual.execution());
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < actual.visits().size(); i++) {
            for (HistoryEvent event : scopes.eventsOfVisit(actual.name(), i)) {
                String next = event.type().endsWith("StateExited") ? scopes.nextStateAfter(event) : null;
                if (next != null) {
                    targets.add(next);
                }
            }
        }
        return targets;
    }

    private static String whatItCaught(List<StateVisit> visits) {
        List<String> caught = visits.stream().filter(v -> v.error() != null && v.exited() != null)
                .map(v -> Describe.quoted(Objects.requireNonNull(v.error()))).toList();
        List<String> uncaught = visits.stream().filter(v -> v.error() != null && v.exited() == null)
                .map(v -> Describe.quoted(Objects.requireNonNull(v.error()))).toList();
        if (!caught.isEmpty()) {
            return "it caught:" + Describe.NL + "  " + Describe.path(caught);
        }
        if (!uncaught.isEmpty()) {
            return "it failed with uncaught error:" + Describe.NL + "  " + uncaught.get(0);
        }
        return visits.isEmpty() ? "it was never entered" : "it raised no error";
    }

    private ErrorMessageFactory entered(String expected, int count) {
        return ShouldHaveCount.shouldHaveCount(actual.toString(), "have been entered", expected, "it was",
                Describe.times(count), "path", Describe.path(actual.execution().path())
                        + Describe.didYouMean(actual.execution(), List.of(actual.name())));
    }

    private SELF checkIterations(String type, String expectation, int count) {
        List<String> indexes = new EventScopes(actual.execution()).namedEvents(type, actual.name()).stream()
                .map(event -> event.detail("index") == null ? "?" : event.detail("index").asText("?")).toList();
        return check(indexes.size() == count ? null : ShouldHaveCount.shouldHaveCount(actual.toString(), expectation,
                Describe.times(count), "it did", Describe.times(indexes.size()), "iteration indexes",
                Describe.path(indexes)));
    }

    private SELF checkTime(String what, Instant expected, Function<StateVisit, @Nullable Instant> time) {
        List<String> times = actual.visits().stream().map(v -> String.valueOf(time.apply(v))).toList();
        return check(times.contains(expected.toString()) ? null
                : ShouldHaveVirtualTime.shouldHaveVirtualTime(actual.toString(), what, expected.toString(),
                        Describe.path(times)));
    }

    /** Throw the failure when there is one, else return this assert. */
    SELF check(@Nullable ErrorMessageFactory failure) {
        if (failure != null) {
            throwAssertionError(failure);
        }
        return myself;
    }
}
