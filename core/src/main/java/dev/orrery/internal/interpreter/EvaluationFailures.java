package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonata.JsonataErrors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code EvaluationFailed} event AWS records when a JSONata evaluation fails with
 * {@code States.QueryEvaluationError}: error, cause (with the state prefix), the field path as {@code location} when
 * the cause names one, and the state name.
 */
final class EvaluationFailures {

    private static final Pattern FIELD = Pattern.compile("specified for the field '([^']*)'");

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
        if (field.find()) {
            details.put("location", field.group(1));
        }
        details.put("state", activation.state().name());
        activation.record("EvaluationFailed", "evaluationFailedEventDetails", details);
    }

    /** Record the event if it applies and return the failure that ends the fiber without Retry or Catch. */
    static StepResult.Terminated terminated(Activation activation, StatesException e) {
        String cause = activation.describeFailure(e.cause());
        record(activation, e.error(), cause);
        return new StepResult.Terminated(e.error(), cause);
    }
}
