package dev.orrery.assertj;

import dev.orrery.run.Execution;
import dev.orrery.run.StateVisit;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One state of a finished execution, as a {@link StateAssert} sees it: every visit of the state by name.
 *
 * @param execution the execution, never {@code null}
 * @param name the state's name, never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StateOfExecution(Execution execution, String name) {

    /**
     * Check that both parts are given.
     *
     * @param execution the execution, never {@code null}
     * @param name the state's name, never {@code null}
     */
    public StateOfExecution {
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Return the visits of the state, in the order they were entered.
     *
     * @return the visits, never {@code null}
     */
    public List<StateVisit> visits() {
        return execution.visits().stream().filter(visit -> visit.name().equals(name)).toList();
    }

    @Override
    public String toString() {
        return "state \"" + name + "\" of " + Describe.execution(execution);
    }
}
