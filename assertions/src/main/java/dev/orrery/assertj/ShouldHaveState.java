package dev.orrery.assertj;

import dev.orrery.internal.text.ClosestNames;
import dev.orrery.run.Execution;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a state name that the state machine of an execution does not have. */
final class ShouldHaveState extends BasicErrorMessageFactory {

    private ShouldHaveState(String format, Object... arguments) {
        super(format, arguments);
    }

    static ErrorMessageFactory shouldHaveState(Execution execution, String name, List<String> states) {
        String hint = ClosestNames.didYouMean(name, states);
        return new ShouldHaveState("Expecting the state machine of %s to have a state named:%n  %s%nbut it has no such "
                + "state%s%nstates:%n  %s", unquotedString(Describe.execution(execution)),
                unquotedString(Describe.quoted(name)), unquotedString(hint), unquotedString(Describe.path(states)));
    }
}
