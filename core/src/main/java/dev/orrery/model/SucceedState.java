package dev.orrery.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Succeed} state.
 *
 * @param name the state name
 * @param comment the {@code Comment}, or {@code null}
 * @param queryLanguage the effective query language
 * @param io input and output processing (InputPath, OutputPath, Output)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SucceedState(String name, @Nullable String comment, QueryLanguage queryLanguage, InputOutput io)
        implements State {

    @Override
    public StateType type() {
        return StateType.SUCCEED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitSucceed(this);
    }
}
