package dev.orrery.model;

import java.util.Objects;
import org.apiguardian.api.API;

/** Where a state goes when it completes: to the state named by {@code Next}, or to the end ({@code "End": true}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Transition permits Transition.Next, Transition.End {

    /**
     * Return a transition to the named state.
     *
     * @param stateName the name of the next state, never {@code null}
     * @return the transition
     */
    static Transition next(String stateName) {
        return new Next(stateName);
    }

    /**
     * Return the transition that ends the (sub-)state machine.
     *
     * @return the end transition
     */
    static Transition end() {
        return End.INSTANCE;
    }

    /**
     * A transition to another state ({@code "Next": "..."}).
     *
     * @param stateName the name of the next state, never {@code null}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record Next(String stateName) implements Transition {
        /**
         * Check the state name.
         *
         * @param stateName the name of the next state, never {@code null}
         */
        public Next {
            Objects.requireNonNull(stateName, "stateName");
        }
    }

    /** The end of the state machine or branch ({@code "End": true}). */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    record End() implements Transition {
        static final End INSTANCE = new End();
    }
}
