package dev.orrery.assertj;

import dev.orrery.run.Execution;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for an execution that did not visit states in the expected way. */
final class ShouldHaveVisited extends BasicErrorMessageFactory {

    private ShouldHaveVisited(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveVisited(
            Execution execution, String relation, List<String> expected, String problem) {
        return new ShouldHaveVisited("Expecting %s %s:%n  %s%nbut it followed:%n  %s%n%s",
                unquotedString(Describe.execution(execution)), unquotedString(relation),
                unquotedString(Describe.path(expected)), unquotedString(Describe.path(execution.path())),
                unquotedString(problem));
    }
}
