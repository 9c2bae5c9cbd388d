/** The conformance runner: replays executions recorded on real AWS through Orrery and compares the results. */
module dev.orrery.conformance {
    requires transitive dev.orrery.core;
    requires static org.apiguardian.api;
    requires static org.jspecify;

    exports dev.orrery.conformance;
}
