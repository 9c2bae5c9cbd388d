package dev.orrery.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a JSON value that differs from the expected one, with the first difference. */
final class ShouldBeEqualJson extends BasicErrorMessageFactory {

    private ShouldBeEqualJson(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldBeEqualJson(JsonValue actual, String expected, String difference) {
        String format = "Expecting %s at %s to be equal to:%n  %s%nbut was:%n  %s"
                + (difference.isEmpty() ? "" : "%n%s");
        return new ShouldBeEqualJson(format, unquotedString(actual.subject()), actual.location(),
                unquotedString(expected), unquotedString(actual.toString()), unquotedString(difference));
    }
}
