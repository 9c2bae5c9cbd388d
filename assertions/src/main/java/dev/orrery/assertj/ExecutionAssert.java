package dev.orrery.assertj;

import dev.orrery.history.HistoryEvent;
import dev.orrery.internal.text.ReadableDuration;
import dev.orrery.model.State;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.ListAssert;
import org.assertj.core.error.ErrorMessageFactory;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a finished {@link Execution}: its status, error and cause, the path it took, its virtual time,
 * retries and catches, and navigation to its output, its states and its history.
 *
 * <p>Start with {@link OrreryAssertions#assertThat(Execution)}. Every failure message names the execution and
 * prints what it actually did: its path, error, cause and the state it failed in.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ExecutionAssert extends AbstractExecutionPathAssert<ExecutionAssert> {

    Navigator navigator = Navigator.HARD;

    /**
     * Create an assert over the execution; prefer {@link OrreryAssertions#assertThat(Execution)}.
     *
     * @param actual the execution, may be {@code null} (every assertion then fails)
     */
    public ExecutionAssert(@Nullable Execution actual) {
        super(actual, ExecutionAssert.class);
    }

    // ---------------------------------------------------------------- status

    /**
     * Verify that the execution succeeded.
     *
     * <pre>{@code
     * assertThat(execution).succeeded();   // passes when it ended in a Succeed state or an End transition
     * assertThat(failed).succeeded();      // fails: it FAILED; the message shows its error, cause, state and path
     * }</pre>
     *
     * @return this assert
     */
    public ExecutionAssert succeeded() {
        return hasStatus(ExecutionStatus.SUCCEEDED);
    }

    /**
     * Verify that the execution failed, whatever the error.
     *
     * <pre>{@code
     * assertThat(failed).failed();         // passes when its status is FAILED
     * assertThat(execution).failed();      // fails when it SUCCEEDED (the message prints its output and path)
     * }</pre>
     *
     * @return this assert
     */
    public ExecutionAssert failed() {
        return hasStatus(ExecutionStatus.FAILED);
    }

    /**
     * Verify that the execution failed with the given error name.
     *
     * <pre>{@code
     * assertThat(failed).failedWith("Payment.Declined");   // passes when the error is exactly that name
     * assertThat(failed).failedWith("States.Timeout");     // fails: another error, or the execution did not fail
     * }</pre>
     *
     * @param error the expected error name, e.g. {@code States.Timeout}, never {@code null}
     * @return this assert
     */
    public ExecutionAssert failedWith(String error) {
        return failed().hasError(error);
    }

    /**
     * Verify that the execution failed with the given error name and cause.
     *
     * <pre>{@code
     * assertThat(failed).failedWith("Payment.Declined", "card expired");  // passes when both are equal
     * assertThat(failed).failedWith("Payment.Declined", "no funds");      // fails: another cause
     * }</pre>
     *
     * @param error the expected error name, never {@code null}
     * @param cause the expected cause, never {@code null}
     * @return this assert
     */
    public ExecutionAssert failedWith(String error, String cause) {
        return failedWith(error).hasCause(cause);
    }

    /**
     * Verify that the execution timed out: its {@code TimeoutSeconds} passed on the virtual clock.
     *
     * <pre>{@code
     * assertThat(slow).timedOut();        // passes when its status is TIMED_OUT
     * assertThat(execution).timedOut();   // fails when it SUCCEEDED or FAILED
     * }</pre>
     *
     * @return this assert
     */
    public ExecutionAssert timedOut() {
        return hasStatus(ExecutionStatus.TIMED_OUT);
    }

    /**
     * Verify that the execution was aborted by test code.
     *
     * <pre>{@code
     * assertThat(stopped).aborted();      // passes when its status is ABORTED
     * assertThat(execution).aborted();    // fails for any other status
     * }</pre>
     *
     * @return this assert
     */
    public ExecutionAssert aborted() {
        return hasStatus(ExecutionStatus.ABORTED);
    }

    /**
     * Verify that the execution ended with the given status.
     *
     * <pre>{@code
     * assertThat(execution).hasStatus(ExecutionStatus.SUCCEEDED);  // passes when it succeeded
     * assertThat(execution).hasStatus(ExecutionStatus.FAILED);     // fails when it succeeded
     * }</pre>
     *
     * @param expected the expected status, never {@code null}
     * @return this assert
     */
    public ExecutionAssert hasStatus(ExecutionStatus expected) {
        isNotNull();
        return check(actual.status() == expected ? null : ShouldHaveStatus.shouldHaveStatus(actual, expected));
    }

    // ---------------------------------------------------------------- error and cause

    /**
     * Verify that the execution's error name equals the given one.
     *
     * <pre>{@code
     * assertThat(failed).hasError("Payment.Declined");   // passes when the error is that name
     * assertThat(failed).hasError("Payment");            // fails: names are compared whole
     * }</pre>
     *
     * @param expected the expected error name, never {@code null}
     * @return this assert
     */
    public ExecutionAssert hasError(String expected) {
        return checkText("error", "", expected, errorOrNull(), expected::equals);
    }

    /**
     * Verify that the execution's error name contains the given text.
     *
     * <pre>{@code
     * assertThat(failed).hasErrorContaining("Declined");  // passes for "Payment.Declined"
     * assertThat(failed).hasErrorContaining("Timeout");   // fails, and when the execution has no error
     * }</pre>
     *
     * @param expected the text to find, never {@code null}
     * @return this assert
     */
    public ExecutionAssert hasErrorContaining(String expected) {
        return checkText("error", " containing", expected, errorOrNull(), text -> text.contains(expected));
    }

    /**
     * Verify that the whole error name matches the given regular expression.
     *
     * <pre>{@code
     * assertThat(failed).hasErrorMatching("Payment\\..*");  // passes for "Payment.Declined"
     * assertThat(failed).hasErrorMatching("States\\..*");   // fails for "Payment.Declined"
     * }</pre>
     *
     * @param regex the regular expression, never {@code null}
     * @return this assert
     */
    public ExecutionAssert hasErrorMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return checkText("error", " matching", regex, errorOrNull(), text -> pattern.matcher(text).matches());
    }

    /**
     * Verify that the execution's cause equals the given text.
     *
     * <pre>{@code
     * assertThat(failed).hasCause("card expired");   // passes when the cause is exactly that text
     * assertThat(failed).hasCause("card");           // fails: causes are compared whole
     * }</pre>
     *
     * @param expected the expected cause, never {@code null}
     * @return this assert
     */
    public ExecutionAssert hasCause(String expected) {
        return checkText("cause", "", expected, causeOrNull(), expected::equals);
    }

    /**
     * Verify that the execution's cause contains the given text.
     *
     * <pre>{@code
     * assertThat(failed).hasCauseContaining("expired");   // passes for "card expired"
     * assertThat(failed).hasCauseContaining("Payment");   // fails, and when there is no cause
     * }</pre>
     *
     * @param expected the text to find, never {@code null}
     * @return this assert
     */
    public ExecutionAssert hasCauseContaining(String expected) {
        return checkText("cause", " containing", expected, causeOrNull(), text -> text.contains(expected));
    }

    /**
     * Verify that the whole cause matches the given regular expression.
     *
     * <pre>{@code
     * assertThat(failed).hasCauseMatching("card .*");   // passes for "card expired"
     * assertThat(failed).hasCauseMatching("expired");   // fails: the whole cause must match
     * }</pre>
     *
     * @param regex the regular expression, never {@code null}
     * @return this assert
     */
    public ExecutionAssert hasCauseMatching(String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
        return checkText("cause", " matching", regex, causeOrNull(), text -> pattern.matcher(text).matches());
    }

    // ---------------------------------------------------------------- virtual time

    /**
     * Verify the virtual instant the execution started at.
     *
     * <pre>{@code
     * assertThat(execution).startedAt(Instant.parse("2025-01-01T00:00:00Z"));  // passes with default options
     * assertThat(execution).startedAt(Instant.EPOCH);                          // fails then
     * }</pre>
     *
     * @param expected the expected instant, never {@code null}
     * @return this assert
     */
    public ExecutionAssert startedAt(Instant expected) {
        isNotNull();
        return checkTime("started at", expected, actual.startTime());
    }

    /**
     * Verify the virtual instant the execution stopped at.
     *
     * <pre>{@code
     * assertThat(execution).stoppedAt(Instant.parse("2025-01-01T02:00:00Z"));  // passes after a 2-hour Wait
     * assertThat(execution).stoppedAt(Instant.parse("2025-01-01T00:00:00Z"));  // fails then
     * }</pre>
     *
     * @param expected the expected instant, never {@code null}
     * @return this assert
     */
    public ExecutionAssert stoppedAt(Instant expected) {
        isNotNull();
        return checkTime("stopped at", expected, actual.stopTime());
    }

    /**
     * Verify the virtual time from start to stop: waits, task latencies, retry backoffs and timeouts.
     *
     * <pre>{@code
     * assertThat(execution).tookVirtualTime(Duration.ofHours(2));    // passes after a 2-hour Wait
     * assertThat(execution).tookVirtualTime(Duration.ofMinutes(1));  // fails then
     * }</pre>
     *
     * @param expected the expected duration, never {@code null}
     * @return this assert
     */
    public ExecutionAssert tookVirtualTime(Duration expected) {
        isNotNull();
        return check(expected.equals(actual.virtualDuration()) ? null
                : ShouldHaveVirtualTime.shouldHaveVirtualTime(Describe.execution(actual), "taken virtual time",
                        ReadableDuration.format(expected), ReadableDuration.format(actual.virtualDuration())));
    }

    // ---------------------------------------------------------------- navigation

    /**
     * Navigate to the execution's output; it is missing when the execution did not succeed.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.status").isEqualTo("PAID");   // passes when the output has that status
     * assertThat(failed).output().isEqualToJson("{}");                   // fails: a failed execution has no output
     * }</pre>
     *
     * @return a JSON assert over the output
     */
    @CheckReturnValue
    public JsonAssert output() {
        isNotNull();
        return JsonAssert.navigate(navigator, JsonValue.of("output of " + Describe.execution(actual), actual.output()));
    }

    /**
     * Navigate to the execution's input.
     *
     * <pre>{@code
     * assertThat(execution).input().at("$.orderId").isEqualTo(42);   // passes when run with {"orderId": 42}
     * assertThat(execution).input().at("$.missing").isNull();        // fails: nothing is there (use isMissing())
     * }</pre>
     *
     * @return a JSON assert over the input
     */
    @CheckReturnValue
    public JsonAssert input() {
        isNotNull();
        return JsonAssert.navigate(navigator, JsonValue.of("input of " + Describe.execution(actual), actual.input()));
    }

    /**
     * Navigate to one state of the execution, by name; the state need not have been entered, but it must be a state
     * of the state machine that ran (at any level): a name that is not fails at once, saying so, with the closest
     * names (see {@link Execution#stateNames()}).
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").wasRetried(2);   // passes when the state was retried twice
     * assertThat(execution).state("Refund").wasEntered();        // fails when "Refund" was never entered
     * assertThat(execution).state("Charge card");   // fails: no such state; did you mean "ChargeCard"?
     * }</pre>
     *
     * @param name the state's name, never {@code null}
     * @return an assert over the state's visits
     */
    @CheckReturnValue
    public StateAssert state(String name) {
        isNotNull();
        ErrorMessageFactory unknown = unknownState(List.of(name));
        if (unknown != null) {
            try {
                throwAssertionError(unknown);
            } catch (AssertionError error) {
                navigator.fail(error);
            }
        }
        StateAssert state = navigator.assertFor(StateAssert.class, StateOfExecution.class,
                new StateOfExecution(actual, name), StateAssert::new);
        state.navigator = navigator;
        return state;
    }

    /**
     * Tell this assert the state machine the execution ran, so that {@link #state(String)} and the path assertions
     * fail at once on a name that is no state of it, with the closest names, listed in definition order. An
     * execution Orrery ran knows its states already ({@link Execution#stateNames()}); this is for an execution
     * built by hand without them, or to check against another definition.
     *
     * <pre>{@code
     * assertThat(execution).definedBy(machine).state("ChargeCard").wasEntered();   // passes
     * assertThat(execution).definedBy(machine).state("Charge card");   // fails: no such state; did you mean...
     * }</pre>
     *
     * @param machine the state machine the execution ran, never {@code null}
     * @return this assert
     */
    public ExecutionAssert definedBy(StateMachine machine) {
        this.definedStates = machine.allStates().stream().map(State::name).distinct().toList();
        return myself;
    }

    /**
     * Navigate to the history events, as an AssertJ list assert.
     *
     * <pre>{@code
     * assertThat(execution).history().extracting(HistoryEvent::type).contains("TaskFailed");  // passes after a failure
     * assertThat(execution).history().hasSize(1);   // fails: every execution has at least its start and end events
     * }</pre>
     *
     * @return a list assert over the events
     */
    @CheckReturnValue
    @SuppressWarnings("unchecked")
    public ListAssert<HistoryEvent> history() {
        isNotNull();
        List<HistoryEvent> events = actual.history().events();
        return navigator.assertFor(ListAssert.class, List.class, events, ListAssert::new);
    }

    /**
     * Verify that the history holds an event of the given type.
     *
     * <pre>{@code
     * assertThat(execution).hasEvent("TaskSucceeded");      // passes when a task succeeded
     * assertThat(execution).hasEvent("ExecutionTimedOut");  // fails when it did not time out (events are listed)
     * }</pre>
     *
     * @param type AWS's event type, e.g. {@code TaskScheduled}, never {@code null}
     * @return this assert
     */
    public ExecutionAssert hasEvent(String type) {
        isNotNull();
        List<String> types = actual.history().types();
        return check(types.contains(type) ? null
                : ShouldHaveEvent.shouldHaveEvent(Describe.execution(actual), type, "", types));
    }

    /**
     * Verify that the history holds an event of the given type during a visit of the given state.
     *
     * <pre>{@code
     * assertThat(execution).hasEventForState("TaskFailed", "ChargeCard");   // passes when ChargeCard's task failed
     * assertThat(execution).hasEventForState("TaskFailed", "Validate");     // fails when Validate's did not
     * }</pre>
     *
     * @param type AWS's event type, never {@code null}
     * @param state the state's name, never {@code null}
     * @return this assert
     */
    public ExecutionAssert hasEventForState(String type, String state) {
        isNotNull();
        List<String> types = new EventScopes(actual).typesOfState(state);
        return check(types.contains(type) ? null : ShouldHaveEvent.shouldHaveEvent(
                Describe.execution(actual), type, " for state " + Describe.quoted(state), types));
    }

    // ---------------------------------------------------------------- helpers

    private ExecutionAssert checkText(String part, String relation, String expected, @Nullable String value,
            Predicate<String> holds) {
        isNotNull();
        return check(value != null && holds.test(value) ? null
                : ShouldHaveErrorText.shouldHaveErrorText(actual, part, relation, expected, value));
    }

    private ExecutionAssert checkTime(String what, Object expected, Object value) {
        return check(expected.equals(value) ? null
                : ShouldHaveVirtualTime.shouldHaveVirtualTime(Describe.execution(actual), what,
                        expected.toString(), value.toString()));
    }

    private @Nullable String errorOrNull() {
        return actual == null ? null : actual.error();
    }

    private @Nullable String causeOrNull() {
        return actual == null ? null : actual.cause();
    }
}
