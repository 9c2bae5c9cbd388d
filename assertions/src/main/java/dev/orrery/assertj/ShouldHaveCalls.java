package dev.orrery.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for Task calls, recorded by a mock session, that differ from what was expected. */
final class ShouldHaveCalls extends BasicErrorMessageFactory {

    private ShouldHaveCalls(String format, Object... arguments) {
        super(format, arguments);
    }

    /**
     * Return {@code Expecting <subject> to <expectation>:  <expected>  but <actualLabel>:  <actual>  <detailLabel>:
     * <detail>}, one part per line.
     */
    static ErrorMessageFactory shouldHaveCalls(String subject, String expectation, String expected,
            String actualLabel, String actual, String detailLabel, String detail) {
        return new ShouldHaveCalls("Expecting %s to %s:%n  %s%nbut %s:%n  %s%n%s:%n  %s",
                unquotedString(subject), unquotedString(expectation), unquotedString(expected),
                unquotedString(actualLabel), unquotedString(actual), unquotedString(detailLabel),
                unquotedString(detail));
    }
}
