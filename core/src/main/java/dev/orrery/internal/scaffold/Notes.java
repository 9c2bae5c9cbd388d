package dev.orrery.internal.scaffold;

import dev.orrery.model.ChoiceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Says, for each target no case reaches, why the scaffold could not derive a case for it. */
final class Notes {

    private Notes() {}

    static List<String> unreached(Targets targets, Set<Target> covered) {
        List<String> notes = new ArrayList<>();
        for (Target target : targets.all()) {
            if (covered.contains(target)) {
                continue;
            }
            boolean fromReached = covered.contains(Target.state(target.state()));
            String why = switch (target.kind()) {
                case CHOICE_BRANCH -> !fromReached ? "no case reaches the Choice state"
                        : choice((ChoiceState) targets.byName().get(target.state()), target.index());
                case CATCH -> !fromReached ? "no case reaches the state"
                        : "no mocked error reached this catcher (a Retry, an earlier catcher or a tolerated failure"
                                + " took it, or no Task inside throws it)";
                case STATE -> "no case reaches it; write a case that does";
            };
            notes.add("Not reached: " + target.describe() + ": " + why + ".");
        }
        return notes;
    }

    private static String choice(ChoiceState choice, int index) {
        int last = index < 0 ? choice.choices().size() - 1 : index;
        for (int i = 0; i <= last; i++) {
            String why = Witnesses.why(choice.choices().get(i).condition());
            if (why != null) {
                return "cannot derive an input for rule #" + (i + 1) + ": " + why;
            }
        }
        if (Witnesses.forBranch(choice, index).isEmpty()) {
            return "no input makes " + (index < 0 ? "every rule false" : "this rule the first that holds");
        }
        return "the values \"" + choice.name() + "\" tests come from a state the scaffold cannot trace back to the"
                + " input or a Task result (Parameters, a ResultSelector, an intrinsic function, a variable); set"
                + " them by hand";
    }
}
