package dev.orrery.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Fail} state.
 *
 * @param name the state name
 * @param comment the {@code Comment}, or {@code null}
 * @param queryLanguage the effective query language
 * @param io input and output processing (always the defaults: Fail allows none)
 * @param error the {@code Error} (a JSONata expression string in JSONata), or {@code null}
 * @param errorPath the {@code ErrorPath} (a path or an intrinsic function), or {@code null}
 * @param cause the {@code Cause} (a JSONata expression string in JSONata), or {@code null}
 * @param causePath the {@code CausePath} (a path or an intrinsic function), or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FailState(
        String name,
        @Nullable String comment,
        QueryLanguage queryLanguage,
        InputOutput io,
        @Nullable String error,
        @Nullable String errorPath,
        @Nullable String cause,
        @Nullable String causePath)
        implements State {

    @Override
    public StateType type() {
        return StateType.FAIL;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFail(this);
    }
}
