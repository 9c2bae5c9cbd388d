package dev.orrery.assertj;

import dev.orrery.internal.text.ClosestNames;
import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.util.List;

/** Texts shared by the failure messages: execution names, paths and notes on state visits. */
final class Describe {

    /** The line separator, as AssertJ's {@code %n}. */
    static final String NL = System.lineSeparator();

    private Describe() {}

    /** Return the execution's name: the last segment of its ARN. */
    static String name(Execution execution) {
        String arn = execution.executionArn();
        return arn.substring(arn.lastIndexOf(':') + 1);
    }

    /** Return {@code execution "name"}. */
    static String execution(Execution execution) {
        return "execution \"" + name(execution) + "\"";
    }

    /**
     * Return, for names that are not on the path but close to one that is, a line per name saying so with the
     * closest names; an empty string when every name is on the path or none is close.
     */
    static String didYouMean(Execution execution, List<String> names) {
        List<String> entered = execution.path().stream().distinct().toList();
        StringBuilder hints = new StringBuilder();
        for (String name : names.stream().distinct().toList()) {
            String hint = entered.contains(name) ? "" : ClosestNames.didYouMean(name, entered);
            if (!hint.isEmpty()) {
                hints.append(NL).append("no state named ").append(quoted(name)).append(" was entered").append(hint);
            }
        }
        return hints.toString();
    }

    /** Return a path as {@code [A, B, C]}, without quotes. */
    static String path(List<String> states) {
        return "[" + String.join(", ", states) + "]";
    }

    /** Return {@code "1 time"} or {@code "n times"}. */
    static String times(long count) {
        return count == 1 ? "1 time" : count + " times";
    }

    /** Return {@code "1 retry"} or {@code "n retries"}. */
    static String retries(long count) {
        return count == 1 ? "1 retry" : count + " retries";
    }

    /** Return what happened to a visit that raised an error or was retried, or an empty string. */
    static String note(StateVisit visit) {
        String after = visit.retries() == 0 ? "" : " after " + retries(visit.retries());
        if (visit.error() != null && visit.exited() != null) {
            return visit.name() + " caught " + visit.error() + after + " at " + visit.exited();
        }
        if (visit.error() != null) {
            return visit.name() + " failed with " + visit.error() + after + " at " + visit.entered();
        }
        if (visit.retries() > 0) {
            return visit.name() + " succeeded" + after;
        }
        return "";
    }

    /** Return the name of the state the execution failed in: the last visit that raised an uncaught error. */
    static String failedState(Execution execution) {
        List<StateVisit> visits = execution.visits();
        for (int i = visits.size() - 1; i >= 0; i--) {
            if (visits.get(i).error() != null && visits.get(i).exited() == null) {
                return visits.get(i).name();
            }
        }
        return "";
    }

    /** Return indented lines with the execution's error, cause, failed state and path. */
    static String outcome(Execution execution) {
        StringBuilder text = new StringBuilder();
        if (execution.error() != null) {
            text.append(NL + "  error: ").append(quoted(execution.error()));
        }
        if (execution.cause() != null) {
            text.append(NL + "  cause: ").append(quoted(execution.cause()));
        }
        String state = failedState(execution);
        if (!state.isEmpty()) {
            text.append(NL + "  in state: ").append(quoted(state));
        }
        if (execution.output() != null) {
            text.append(NL + "  output: ").append(execution.output());
        }
        return text.append(NL + "  path: ").append(path(execution.path())).toString();
    }

    /** Return the text in double quotes. */
    static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
