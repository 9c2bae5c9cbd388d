package dev.orrery.assertj;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a history that lacks an expected event. */
final class ShouldHaveEvent extends BasicErrorMessageFactory {

    private ShouldHaveEvent(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveEvent(String subject, String type, String scope, List<String> types) {
        return new ShouldHaveEvent("Expecting %s to have an event of type:%n  %s%nbut its events%s were:%n  %s",
                unquotedString(subject), type, unquotedString(scope), unquotedString(Describe.path(types)));
    }
}
