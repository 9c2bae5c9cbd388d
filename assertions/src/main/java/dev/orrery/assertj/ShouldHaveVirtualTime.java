package dev.orrery.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a virtual instant or duration other than expected. */
final class ShouldHaveVirtualTime extends BasicErrorMessageFactory {

    private ShouldHaveVirtualTime(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveVirtualTime(String subject, String what, String expected, String actual) {
        return new ShouldHaveVirtualTime("Expecting %s to have %s:%n  %s%nbut was:%n  %s",
                unquotedString(subject), unquotedString(what), unquotedString(expected),
                unquotedString(actual));
    }
}
