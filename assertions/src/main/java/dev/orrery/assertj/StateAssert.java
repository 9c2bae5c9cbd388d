package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.history.HistoryEvent;
import dev.orrery.run.Attempt;
import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.ListAssert;
import org.assertj.core.error.ErrorMessageFactory;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one state of a finished execution: how often it was entered and retried, the errors it caught, where
 * it went next, its timing, and navigation to the input, output, task parameters and variables of each visit.
 *
 * <p>Reach it with {@link ExecutionAssert#state(String)}. Visits are numbered from 0 in the order they were entered.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class StateAssert extends AbstractStateAssert<StateAssert> {

    Navigator navigator = Navigator.HARD;

    /**
     * Create an assert over the state; prefer {@link ExecutionAssert#state(String)}.
     *
     * @param actual the state of an execution, never {@code null}
     */
    public StateAssert(StateOfExecution actual) {
        super(actual, StateAssert.class);
    }

    /**
     * Navigate to the input of the state's only visit; use {@link #input(int)} when it was entered more than once.
     *
     * <pre>{@code
     * assertThat(execution).state("Ship").input().at("$.orderId").isEqualTo(42);   // passes for that input
     * assertThat(execution).state("Poll").input();   // fails when "Poll" was entered 3 times: choose a visit
     * }</pre>
     *
     * @return a JSON assert over the input
     */
    @CheckReturnValue
    public JsonAssert input() {
        return json("input", onlyVisit(), (visit, index) -> actual.visits().get(index).input());
    }

    /**
     * Navigate to the input of the given visit (0-based).
     *
     * <pre>{@code
     * assertThat(execution).state("Poll").input(1).at("$.attempt").isEqualTo(2);   // passes for that input
     * assertThat(execution).state("Poll").input(5);   // fails when there were fewer visits
     * }</pre>
     *
     * @param visit the 0-based visit number
     * @return a JSON assert over the input
     */
    @CheckReturnValue
    public JsonAssert input(int visit) {
        return json("input", visit, (v, index) -> actual.visits().get(index).input());
    }

    /**
     * Navigate to the output of the state's only visit; it is missing when the state did not complete.
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").output().at("$.status").isEqualTo("PAID");  // passes
     * assertThat(execution).state("Refund").output();   // fails when "Refund" was never entered
     * }</pre>
     *
     * @return a JSON assert over the output
     */
    @CheckReturnValue
    public JsonAssert output() {
        return json("output", onlyVisit(), (v, index) -> actual.visits().get(index).output());
    }

    /**
     * Navigate to the output of the given visit (0-based).
     *
     * <pre>{@code
     * assertThat(execution).state("Poll").output(2).at("$.done").isEqualTo(true);   // passes for the third visit
     * assertThat(execution).state("Poll").output(3);   // fails when there were only three visits
     * }</pre>
     *
     * @param visit the 0-based visit number
     * @return a JSON assert over the output
     */
    @CheckReturnValue
    public JsonAssert output(int visit) {
        return json("output", visit, (v, index) -> actual.visits().get(index).output());
    }

    /**
     * Navigate to the effective parameters the Task state of the only visit sent: the {@code parameters} of its
     * {@code TaskScheduled} event, or the {@code input} of a Lambda function or activity call.
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").parameters().at("$.amount").isEqualTo(42);  // passes
     * assertThat(execution).state("Validate").parameters().isMissing();   // passes for a Pass state: no task call
     * }</pre>
     *
     * @return a JSON assert over the parameters of the first call of the visit
     */
    @CheckReturnValue
    public JsonAssert parameters() {
        return json("parameters", onlyVisit(), (v, index) -> scheduled(index));
    }

    /**
     * Navigate to the effective parameters of the first task call of the given visit (0-based).
     *
     * <pre>{@code
     * assertThat(execution).state("Poll").parameters(1).at("$.page").isEqualTo(2);   // passes for the second call
     * assertThat(execution).state("Poll").parameters(9);   // fails when there were fewer visits
     * }</pre>
     *
     * @param visit the 0-based visit number
     * @return a JSON assert over the parameters
     */
    @CheckReturnValue
    public JsonAssert parameters(int visit) {
        return json("parameters", visit, (v, index) -> scheduled(index));
    }

    /**
     * Navigate to the variables the given visit (0-based) assigned: the {@code assignedVariables} of its
     * {@code StateExited} event, missing when it assigned none. For every variable the state's path sees after the
     * visit, use {@link #visibleVariables(int)}.
     *
     * <pre>{@code
     * assertThat(execution).state("Remember").assignedVariables(0).at("$.orderId").isEqualTo(42);   // passes
     * assertThat(execution).state("Remember").assignedVariables(0).isMissing();   // fails once it assigned variables
     * }</pre>
     *
     * @param visit the 0-based visit number
     * @return a JSON assert over the variables the visit assigned
     */
    @CheckReturnValue
    public JsonAssert assignedVariables(int visit) {
        return json("assigned variables", visit, (v, index) -> exitDetail(index, "assignedVariables"));
    }

    /**
     * Navigate to the variables the given visit (0-based) assigned.
     *
     * @param visit the 0-based visit number
     * @return a JSON assert over the variables the visit assigned
     * @deprecated the name did not say which variables; use {@link #assignedVariables(int)} (or
     *     {@link #visibleVariables(int)} for every variable visible after the visit)
     */
    @Deprecated(since = "0.1")
    @CheckReturnValue
    public JsonAssert variables(int visit) {
        return assignedVariables(visit);
    }

    /**
     * Navigate to every workflow variable the state's path sees after the given visit (0-based), its own
     * {@code Assign} applied: {@link StateVisit#visibleVariables()} as a JSON object.
     *
     * <pre>{@code
     * assertThat(execution).state("Ship").visibleVariables(0).at("$.orderId").isEqualTo(42);   // assigned earlier
     * assertThat(execution).state("Ship").visibleVariables(0).at("$.missing").isEqualTo(1);   // fails: no such one
     * }</pre>
     *
     * @param visit the 0-based visit number
     * @return a JSON assert over the variables visible after the visit
     */
    @CheckReturnValue
    public JsonAssert visibleVariables(int visit) {
        return json("visible variables", visit, (v, index) -> {
            ObjectNode variables = JsonNodeFactory.instance.objectNode();
            actual.visits().get(index).visibleVariables().forEach(variables::set);
            return variables;
        });
    }

    /**
     * Navigate to the requests the state's task received, one per call in order, retries included, as an AssertJ
     * list assertion over their JSON.
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").requests().hasSize(3).first().isEqualTo(expectedRequest);
     * assertThat(execution).state("Validate").requests().isNotEmpty();   // fails: a Pass state calls nothing
     * }</pre>
     *
     * @return a list assert over the requests
     */
    @CheckReturnValue
    @SuppressWarnings("unchecked")
    public ListAssert<JsonNode> requests() {
        return navigator.assertFor(ListAssert.class, List.class, TaskCalls.requests(actual), ListAssert::new);
    }

    /**
     * Navigate to the attempts of the given visit (0-based), with the virtual time each was scheduled and ended: one
     * per call of a Task, retries included, and one per run of a Parallel or Map state that has a {@code Retry} (see
     * {@link StateVisit#attempts()}).
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").attempts(0).extracting(Attempt::scheduled)
     *     .containsExactly(start, start.plusSeconds(1), start.plusSeconds(3));   // passes after two retries
     * assertThat(execution).state("Validate").attempts(0).isNotEmpty();   // fails: a Pass state makes no attempt
     * }</pre>
     *
     * @param visit the 0-based visit number
     * @return a list assert over the attempts of that visit
     */
    @CheckReturnValue
    @SuppressWarnings("unchecked")
    public ListAssert<Attempt> attempts(int visit) {
        List<StateVisit> visits = actual.visits();
        List<Attempt> attempts = visit >= 0 && visit < visits.size() ? visits.get(visit).attempts() : List.of();
        return navigator.assertFor(ListAssert.class, List.class, attempts, ListAssert::new);
    }

    /**
     * Verify the virtual times the state's attempts were scheduled, over all its visits in order (retries
     * included).
     *
     * <pre>{@code
     * assertThat(execution).state("ChargeCard").wasAttemptedAt(start, start.plusSeconds(1));   // passes after 1 retry
     * assertThat(execution).state("ChargeCard").wasAttemptedAt(start);   // fails then; the attempts are listed
     * }</pre>
     *
     * @param scheduled the expected virtual times, in order
     * @return this assert
     */
    public StateAssert wasAttemptedAt(Instant... scheduled) {
        List<Attempt> attempts = new ArrayList<>();
        for (StateVisit visit : actual.visits()) {
            attempts.addAll(visit.attempts());
        }
        List<Instant> times = attempts.stream().map(Attempt::scheduled).toList();
        return check(times.equals(List.of(scheduled)) ? null : ShouldHaveCount.shouldHaveCount(actual.toString(),
                "have been attempted at", Describe.path(Arrays.stream(scheduled).map(Instant::toString).toList()),
                "it was attempted at", Describe.path(times.stream().map(Instant::toString).toList()), "attempts",
                attempts.isEmpty() ? "none" + Describe.didYouMean(actual.execution(), List.of(actual.name()))
                        : attempts.stream().map(Attempt::toString).collect(Collectors.joining(Describe.NL + "  "))));
    }

    /**
     * Navigate to branch {@code index} (0-based) of this Parallel state's only visit: every execution assertion
     * applies to the states that ran in that branch, nested ones included.
     *
     * <pre>{@code
     * assertThat(execution).state("Both").branch(1).succeeded().hasPath("Right");   // passes when branch 1 ran Right
     * assertThat(execution).state("Both").branch(5);                               // fails: it has two branches
     * }</pre>
     *
     * @param index the 0-based branch index
     * @return an assert over the branch as an execution of its own (without history events)
     */
    @CheckReturnValue
    public ExecutionAssert branch(int index) {
        return nested("branch", index);
    }

    /**
     * Navigate to iteration {@code index} (0-based, the item's index) of this Map state's only visit: every
     * execution assertion applies to the states that ran for that item, nested ones included.
     *
     * <pre>{@code
     * assertThat(execution).state("Each").iteration(0).hasPath("Charge", "Ship");   // passes for that item's path
     * assertThat(execution).state("Each").iteration(9);                            // fails: it had two items
     * }</pre>
     *
     * @param index the 0-based iteration index
     * @return an assert over the iteration as an execution of its own (without history events)
     */
    @CheckReturnValue
    public ExecutionAssert iteration(int index) {
        return nested("iteration", index);
    }

    private ExecutionAssert nested(String kind, int index) {
        isNotNull();
        int visit = onlyVisit();
        Execution nested = null;
        if (visit >= 0) {
            StateVisit parent = actual.visits().get(visit);
            nested = Branches.of(actual.execution(), parent, kind, index);
            if (nested == null) {
                int count = Branches.count(actual.execution(), parent);
                fail(ShouldHaveVisit.shouldHaveVisit(actual, kind + " " + index + " (0-based)",
                        "it ran " + count + " " + (kind.equals("branch") ? "branch(es)" : "iteration(s)")));
            }
        }
        ExecutionAssert assertion = navigator.assertFor(ExecutionAssert.class, Execution.class, nested,
                ExecutionAssert::new);
        assertion.navigator = navigator;
        return assertion;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Navigate to the input after {@code InputPath} of the state's only visit (TestState's {@code afterInputPath}).
     *
     * <pre>{@code
     * assertThat(execution).state("Charge").afterInputPath().at("$.amount").isEqualTo(42);   // passes
     * assertThat(execution).state("Choose").afterInputPath().isMissing();   // fails once InputPath ran
     * }</pre>
     *
     * @return a JSON assert over the stage, missing when the visit did not record it
     */
    @CheckReturnValue
    public JsonAssert afterInputPath() {
        return json("afterInputPath", onlyVisit(), (v, index) -> v.dataFlow().afterInputPath());
    }

    /**
     * Navigate to the effective input after {@code Parameters} of the state's only visit (JSONPath).
     *
     * <pre>{@code
     * assertThat(execution).state("Charge").afterParameters().isEqualToJson("{\"amount\": 42}");  // passes
     * assertThat(execution).state("Charge").afterParameters().isMissing();   // fails: Charge has Parameters
     * }</pre>
     *
     * @return a JSON assert over the stage, missing when the state has no {@code Parameters}
     */
    @CheckReturnValue
    public JsonAssert afterParameters() {
        return json("afterParameters", onlyVisit(), (v, index) -> v.dataFlow().afterParameters());
    }

    /**
     * Navigate to the effective input after {@code Arguments} of the state's only visit (JSONata).
     *
     * <pre>{@code
     * assertThat(execution).state("Charge").afterArguments().at("$.FunctionName").isEqualTo("charge");  // passes
     * assertThat(execution).state("Charge").afterArguments().isMissing();   // fails: Charge has Arguments
     * }</pre>
     *
     * @return a JSON assert over the stage, missing when the state has no {@code Arguments}
     */
    @CheckReturnValue
    public JsonAssert afterArguments() {
        return json("afterArguments", onlyVisit(), (v, index) -> v.dataFlow().afterArguments());
    }

    /**
     * Navigate to the raw result of the state's only visit (a task result, the array of a Parallel or Map).
     *
     * <pre>{@code
     * assertThat(execution).state("Charge").result().at("$.Payload.status").isEqualTo("OK");   // passes
     * assertThat(execution).state("Wait").result().isMissing();   // passes: a Wait has no result
     * }</pre>
     *
     * @return a JSON assert over the result
     */
    @CheckReturnValue
    public JsonAssert result() {
        return json("result", onlyVisit(), (v, index) -> v.dataFlow().result());
    }

    /**
     * Navigate to the result after {@code ResultSelector} of the state's only visit (JSONPath).
     *
     * <pre>{@code
     * assertThat(execution).state("Charge").afterResultSelector().isEqualToJson("{\"status\": \"OK\"}");  // passes
     * assertThat(execution).state("Charge").afterResultSelector().isMissing();   // fails once the task succeeded
     * }</pre>
     *
     * @return a JSON assert over the stage
     */
    @CheckReturnValue
    public JsonAssert afterResultSelector() {
        return json("afterResultSelector", onlyVisit(), (v, index) -> v.dataFlow().afterResultSelector());
    }

    /**
     * Navigate to the result placed into the input by {@code ResultPath}, before {@code OutputPath}, of the state's
     * only visit (JSONPath).
     *
     * <pre>{@code
     * assertThat(execution).state("Charge").afterResultPath().at("$.charge.status").isEqualTo("OK");   // passes
     * assertThat(execution).state("Charge").afterResultPath().isMissing();   // fails once the task succeeded
     * }</pre>
     *
     * @return a JSON assert over the stage
     */
    @CheckReturnValue
    public JsonAssert afterResultPath() {
        return json("afterResultPath", onlyVisit(), (v, index) -> v.dataFlow().afterResultPath());
    }

    private interface VisitValue {
        @Nullable JsonNode read(StateVisit visit, int index);
    }

    private int onlyVisit() {
        int count = actual.visits().size();
        if (count != 1) {
            fail(ShouldHaveVisit.shouldHaveVisit(actual, "exactly one visit", "it was entered "
                    + Describe.times(count) + (count == 0 ? "" : "; choose one with input(index), output(index) or"
                    + " parameters(index)")));
            return -1;
        }
        return 0;
    }

    private JsonAssert json(String what, int index, VisitValue value) {
        List<StateVisit> visits = actual.visits();
        String subject = what + " of " + actual + (index == -1 ? " (no single visit)" : " (visit " + index + ")");
        if (index < 0 || index >= visits.size()) {
            if (index != -1) {
                fail(ShouldHaveVisit.shouldHaveVisit(actual, "visit " + index + " (0-based)",
                        "it was entered " + Describe.times(visits.size())));
            }
            return JsonAssert.navigate(navigator, JsonValue.of(subject, null));
        }
        return JsonAssert.navigate(navigator, JsonValue.of(subject, value.read(visits.get(index), index)));
    }

    private @Nullable JsonNode scheduled(int index) {
        for (HistoryEvent event : new EventScopes(actual.execution()).eventsOfVisit(actual.name(), index)) {
            if (event.type().endsWith("Scheduled") && event.details() != null) {
                JsonNode details = event.details();
                return details.has("parameters") ? details.get("parameters") : details.get("input");
            }
        }
        return null;
    }

    private @Nullable JsonNode exitDetail(int index, String field) {
        for (HistoryEvent event : new EventScopes(actual.execution()).eventsOfVisit(actual.name(), index)) {
            if (event.type().endsWith("StateExited") && event.details() != null) {
                return event.details().get(field);
            }
        }
        return null;
    }

    private void fail(ErrorMessageFactory failure) {
        try {
            throwAssertionError(failure);
        } catch (AssertionError error) {
            navigator.fail(error);
        }
    }

}
