package dev.orrery.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a state that never went on to the expected state. */
final class ShouldHaveTransitionedTo extends BasicErrorMessageFactory {

    private ShouldHaveTransitionedTo(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveTransitionedTo(StateOfExecution state, String expected, List<String> actual) {
        return new ShouldHaveTransitionedTo(
                "Expecting %s to have transitioned to:%n  %s%nbut it transitioned to:%n  %s%npath:%n  %s",
                unquotedString(state.toString()), expected, unquotedString(Describe.path(actual)),
                unquotedString(Describe.path(state.execution().path())));
    }
}
