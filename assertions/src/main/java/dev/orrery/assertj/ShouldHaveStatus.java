package dev.orrery.assertj;

import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionStatus;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for an execution that ended with another status than expected. */
final class ShouldHaveStatus extends BasicErrorMessageFactory {

    private ShouldHaveStatus(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveStatus(Execution execution, ExecutionStatus expected) {
        return new ShouldHaveStatus("Expecting %s to have status %s but it was %s:%s",
                unquotedString(Describe.execution(execution)), expected, execution.status(),
                unquotedString(Describe.outcome(execution)));
    }
}
