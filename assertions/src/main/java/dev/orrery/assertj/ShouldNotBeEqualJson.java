package dev.orrery.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a JSON value that equals a value it should differ from. */
final class ShouldNotBeEqualJson extends BasicErrorMessageFactory {

    private ShouldNotBeEqualJson(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldNotBeEqualJson(JsonValue actual, String unexpected) {
        return new ShouldNotBeEqualJson("Expecting %s at %s not to be equal to:%n  %s%nbut it was:%n  %s",
                unquotedString(actual.subject()), actual.location(), unquotedString(unexpected),
                unquotedString(actual.toString()));
    }
}
