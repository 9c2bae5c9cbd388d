package dev.orrery.assertj;

import dev.orrery.run.Execution;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for an execution whose last state is not the expected one. */
final class ShouldHaveEndedAt extends BasicErrorMessageFactory {

    private ShouldHaveEndedAt(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveEndedAt(Execution execution, String expected) {
        List<String> path = execution.path();
        String last = path.isEmpty() ? "no state" : Describe.quoted(path.get(path.size() - 1));
        return new ShouldHaveEndedAt("Expecting %s to have ended at state:%n  %s%nbut it ended at:%n  %s%npath:%n  %s",
                unquotedString(Describe.execution(execution)), expected, unquotedString(last),
                unquotedString(Describe.path(path)));
    }
}
