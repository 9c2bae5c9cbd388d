package dev.orrery.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Wait} state.
 *
 * @param name the state name
 * @param comment the {@code Comment}, or {@code null}
 * @param queryLanguage the effective query language
 * @param io input and output processing
 * @param duration how long or until when to wait, never {@code null}
 * @param transition {@code Next} or {@code End}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WaitState(
        String name,
        @Nullable String comment,
        QueryLanguage queryLanguage,
        InputOutput io,
        WaitDuration duration,
        Transition transition)
        implements State {

    @Override
    public StateType type() {
        return StateType.WAIT;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitWait(this);
    }
}
