package dev.orrery.assertj;

import dev.orrery.run.Execution;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a path that differs from the expected one, with the first difference. */
final class ShouldHaveFollowedPath extends BasicErrorMessageFactory {

    private ShouldHaveFollowedPath(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveFollowedPath(
            Execution execution, String relation, List<String> expected, String difference) {
        return new ShouldHaveFollowedPath("Expecting %s %s:%n  %s%nbut it followed:%n  %s%n%s",
                unquotedString(Describe.execution(execution)), unquotedString(relation),
                unquotedString(Describe.path(expected)), unquotedString(Describe.path(execution.path())),
                unquotedString(difference));
    }
}
