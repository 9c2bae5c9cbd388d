package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataErrors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code EvaluationFailed} event AWS records when a JSONata evaluation fails with
 * {@code States.QueryEvaluationError}: error, cause (with the state prefix), the field path as {@code location} when
 * the cause names one (the expression's field, or the field a value check names, as {@code Timestamp} for a Wait
 * timestamp that does not parse), and the state name.
 *
 * <p>Where it follows from differs with what failed, as AWS recorded it (LocalStack's public snapshots): when an
 * expression fails (returns nothing, a value of the wrong type, or throws) before the state recorded anything after
 * its StateEntered event, the {@code EvaluationFailed} event follows the event before StateEntered (undefined
 * references in {@code Arguments}, {@code Output} and {@code Assign}, {@code Items} of the wrong type, a failing
 * {@code Output} in a Map iteration's catch handler); when the expression's value fails a check of the state (a Wait
 * {@code Timestamp} that does not parse) it follows the StateEntered event. Failures after the state recorded other
 * events follow the last of them: Orrery's choice, as no recording shows one.
 */
final class EvaluationFailures {

    private static final Pattern FIELD = Pattern.compile("specified for the field '([^']*)'");
    private static final Pattern CHECKED_FIELD = Pattern.compile("^The (\\w+) field ");

    private EvaluationFailures() {}

    /** Record the event when the error is a query evaluation error. */
    static void record(Activation activation, String error, String cause) {
        if (!error.equals(JsonataErrors.QUERY_EVALUATION_ERROR)) {
            return;
        }
        ObjectNode details = HistoryRecorder.details();
        details.put("cause", cause);
        details.put("error", error);
        Matcher field = FIELD.matcher(cause);
        boolean expressionFailed = field.find();
        int prefixEnd = cause.indexOf("). ");
        Matcher checked = CHECKED_FIELD.matcher(prefixEnd < 0 ? cause : cause.substring(prefixEnd + 3));
        if (expressionFailed) {
            details.put("location", field.group(1));
        } else if (checked.find()) {
            details.put("location", checked.group(1));
        }
        details.put("state", activation.state().name());
        if (expressionFailed && activation.recordedNothingSinceEntry()) {
            activation.recordBeforeEntry("EvaluationFailed", "evaluationFailedEventDetails", details);
        } else {
            activation.record("EvaluationFailed", "evaluationFailedEventDetails", details);
        }
    }

    /** Record the event if it applies and return the failure that ends the fiber without Retry or Catch. */
    static StepResult.Terminated terminated(Activation activation, StatesException e) {
        String cause = activation.describeFailure(e.cause());
        record(activation, e.error(), cause);
        return new StepResult.Terminated(e.error(), cause);
    }
}
