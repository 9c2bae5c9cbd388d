package dev.orrery.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Choice} state.
 *
 * @param name the state name
 * @param comment the {@code Comment}, or {@code null}
 * @param queryLanguage the effective query language
 * @param io input and output processing (InputPath, OutputPath, Output, Assign)
 * @param choices the {@code Choices} rules in order, never empty in a valid definition
 * @param defaultState the {@code Default} state name, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ChoiceState(
        String name,
        @Nullable String comment,
        QueryLanguage queryLanguage,
        InputOutput io,
        List<ChoiceRule> choices,
        @Nullable String defaultState)
        implements State {

    /**
     * Copy the rules.
     *
     * @param name the state name
     * @param comment the {@code Comment}, or {@code null}
     * @param queryLanguage the effective query language
     * @param io input and output processing (InputPath, OutputPath, Output, Assign)
     * @param choices the {@code Choices} rules in order, never empty in a valid definition
     * @param defaultState the {@code Default} state name, or {@code null}
     */
    public ChoiceState {
        choices = List.copyOf(choices);
    }

    @Override
    public StateType type() {
        return StateType.CHOICE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitChoice(this);
    }
}
