package dev.orrery.assertj;


import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for Task calls that differ from what was expected. */
final class ShouldHaveCalls extends BasicErrorMessageFactory {

    private ShouldHaveCalls(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveCalls(String subject, String expectation, String actual, String calls) {
        return new ShouldHaveCalls("Expecting %s to have:%n  %s%nbut had:%n  %s%nrecorded calls:%n  %s",
                unquotedString(subject), unquotedString(expectation), unquotedString(actual),
                unquotedString(calls));
    }

}
