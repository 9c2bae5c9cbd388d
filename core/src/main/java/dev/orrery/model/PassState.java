package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Pass} state.
 *
 * @param name the state name
 * @param comment the {@code Comment}, or {@code null}
 * @param queryLanguage the effective query language
 * @param io input and output processing
 * @param result the {@code Result}, or {@code null}
 * @param transition {@code Next} or {@code End}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PassState(
        String name,
        @Nullable String comment,
        QueryLanguage queryLanguage,
        InputOutput io,
        @Nullable JsonNode result,
        Transition transition)
        implements State {

    @Override
    public StateType type() {
        return StateType.PASS;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitPass(this);
    }
}
