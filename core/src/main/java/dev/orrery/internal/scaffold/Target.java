package dev.orrery.internal.scaffold;

/**
 * What the scaffold's cases must reach together: a state, a branch of a Choice state (a rule by index, or
 * {@code Default} as -1), or an edge of a {@code Catch}.
 *
 * @param kind what kind of target
 * @param state the state, the Choice state or the state with the catcher
 * @param index the rule or catcher index; 0 for a state, -1 for the first case's start state
 * @param next the state the branch or edge leads to; the state itself for a state
 */
record Target(Kind kind, String state, int index, String next) {

    /** The kinds of target. */
    enum Kind { STATE, CHOICE_BRANCH, CATCH }

    static Target state(String name) {
        return new Target(Kind.STATE, name, 0, name);
    }

    /** Return the claim of the first case, the run where every Task answers its placeholder. */
    static Target firstPath(String start) {
        return new Target(Kind.STATE, start, -1, start);
    }

    boolean isFirstPath() {
        return kind == Kind.STATE && index == -1;
    }

    /** Describe the target for a comment: {@code Choice "Valid?" rule #2 -> "Reject"}. */
    String describe() {
        return switch (kind) {
            case STATE -> "state \"" + state + "\"";
            case CHOICE_BRANCH -> "Choice \"" + state + "\" " + (index < 0 ? "Default" : "rule #" + (index + 1))
                    + " -> \"" + next + "\"";
            case CATCH -> "\"" + state + "\" Catch #" + (index + 1) + " -> \"" + next + "\"";
        };
    }

    /** Return the words of a case name for this target. */
    String words() {
        return switch (kind) {
            case STATE -> "reaches " + state;
            case CHOICE_BRANCH -> state + " " + (index < 0 ? "default" : "rule " + (index + 1)) + " to " + next;
            case CATCH -> state + " catch " + (index + 1) + " to " + next;
        };
    }
}
