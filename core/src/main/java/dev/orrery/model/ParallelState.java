package dev.orrery.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Parallel} state.
 *
 * @param name the state name
 * @param comment the {@code Comment}, or {@code null}
 * @param queryLanguage the effective query language
 * @param io input and output processing
 * @param branches the {@code Branches}, in order, never {@code null}
 * @param errorHandling {@code Retry} and {@code Catch}
 * @param transition {@code Next} or {@code End}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ParallelState(
        String name,
        @Nullable String comment,
        QueryLanguage queryLanguage,
        InputOutput io,
        List<Branch> branches,
        ErrorHandling errorHandling,
        Transition transition)
        implements State {

    /**
     * Copy the branches.
     *
     * @param name the state name
     * @param comment the {@code Comment}, or {@code null}
     * @param queryLanguage the effective query language
     * @param io input and output processing
     * @param branches the {@code Branches}, in order, never {@code null}
     * @param errorHandling {@code Retry} and {@code Catch}
     * @param transition {@code Next} or {@code End}
     */
    public ParallelState {
        branches = List.copyOf(branches);
    }

    @Override
    public StateType type() {
        return StateType.PARALLEL;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitParallel(this);
    }
}
