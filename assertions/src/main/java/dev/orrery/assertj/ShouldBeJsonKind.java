package dev.orrery.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a JSON value of another kind than expected (string, null, missing, ...). */
final class ShouldBeJsonKind extends BasicErrorMessageFactory {

    private ShouldBeJsonKind(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldBeJsonKind(JsonValue actual, String kind) {
        return new ShouldBeJsonKind("Expecting %s at %s to be %s but was:%n  %s",
                unquotedString(actual.subject()), actual.location(), unquotedString(kind),
                unquotedString(actual.toString()));
    }
}
