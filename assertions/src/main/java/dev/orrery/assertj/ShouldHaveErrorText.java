package dev.orrery.assertj;

import dev.orrery.run.Execution;
import org.jspecify.annotations.Nullable;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for an execution whose error or cause is not the expected text. */
final class ShouldHaveErrorText extends BasicErrorMessageFactory {

    private ShouldHaveErrorText(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveErrorText(
            Execution execution, String part, String relation, String expected, @Nullable String actual) {
        return new ShouldHaveErrorText("Expecting %s to have %s%s:%n  %s%nbut its %s was:%n  %s%nwith status %s:%s",
                unquotedString(Describe.execution(execution)), unquotedString(part), unquotedString(relation),
                expected, unquotedString(part), actual, execution.status(),
                unquotedString(Describe.outcome(execution)));
    }
}
