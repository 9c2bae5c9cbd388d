/** Fluent AssertJ assertions over Orrery executions, states, JSON values and mock sessions. */
module dev.orrery.assertj {
    requires transitive dev.orrery.core;
    requires transitive org.assertj.core;
    requires static org.apiguardian.api;
    requires static org.jspecify;

    exports dev.orrery.assertj;
}
