package dev.orrery.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for something (state entries, Task calls) that differs in number, order or use from what was expected. */
final class ShouldHaveCount extends BasicErrorMessageFactory {

    private ShouldHaveCount(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveCount(String subject, String expectation, String expected,
            String actualPhrase, String actual, String detailLabel, String detail) {
        return new ShouldHaveCount("Expecting %s to %s:%n  %s%nbut %s:%n  %s%n%s:%n  %s",
                unquotedString(subject), unquotedString(expectation), unquotedString(expected),
                unquotedString(actualPhrase), unquotedString(actual), unquotedString(detailLabel),
                unquotedString(detail));
    }
}
