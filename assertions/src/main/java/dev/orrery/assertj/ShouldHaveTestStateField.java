package dev.orrery.assertj;

import static org.assertj.core.util.Strings.quote;

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
        return new ShouldHaveTestStateField("%nExpecting TestState result to have %s %s but it was %s:%n  %s",
                field, expected instanceof String text ? quote(text) : expected,
                actual instanceof String text ? quote(text) : actual, result.toJson().toString());
    }
}
