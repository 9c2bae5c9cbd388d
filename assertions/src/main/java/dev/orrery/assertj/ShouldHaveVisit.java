package dev.orrery.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;
import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a visit of a state that does not exist or cannot be chosen. */
final class ShouldHaveVisit extends BasicErrorMessageFactory {

    private ShouldHaveVisit(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveVisit(StateOfExecution state, String visit, String problem) {
        return new ShouldHaveVisit("Expecting %s to have %s but %s%npath:%n  %s",
                unquotedString(state.toString()), unquotedString(visit), unquotedString(problem),
                unquotedString(Describe.path(state.execution().path())
                        + Describe.didYouMean(state.execution(), List.of(state.name()))));
    }
}
