package dev.orrery.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a state that did not catch the expected error. */
final class ShouldHaveCaught extends BasicErrorMessageFactory {

    private ShouldHaveCaught(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveCaught(StateOfExecution state, String expected, String actual) {
        return new ShouldHaveCaught("Expecting %s to have caught error:%n  %s%nbut %s%npath:%n  %s",
                unquotedString(state.toString()), expected, unquotedString(actual),
                unquotedString(Describe.path(state.execution().path())));
    }
}
