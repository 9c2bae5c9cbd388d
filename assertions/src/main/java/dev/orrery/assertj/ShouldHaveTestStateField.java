package dev.orrery.assertj;

import dev.orrery.teststate.TestStateResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.jspecify.annotations.Nullable;

/** Creates the message for a TestState result whose status, next state, error or cause differs. */
final class ShouldHaveTestStateField extends BasicErrorMessageFactory {

    private ShouldHaveTestStateField(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHave(TestStateResult result, String field, @Nullable Object expected,
            @Nullable Object actual) {
        return new ShouldHaveTestStateField("%nExpecting TestState result to have %s:%n  %s%nbut it was:%n  %s%n"
                + "result:%n  %s", unquotedString(field), expected, actual, unquotedString(result.toJson().toString()));
    }
}
