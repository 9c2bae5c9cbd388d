/**
 * The Orrery test engine: a JUnit Platform {@code TestEngine} (id {@code orrery}) that runs the cases of
 * {@code *.orrery.yaml} and {@code *.orrery.json} test files found on the test class path, each case one test.
 */
module dev.orrery.engine {
    requires dev.orrery.core;
    requires dev.orrery.assertj;
    requires dev.orrery.junit;
    requires transitive org.junit.platform.engine;
    requires static org.apiguardian.api;
    requires static org.jspecify;

    exports dev.orrery.engine;

    provides org.junit.platform.engine.TestEngine with dev.orrery.engine.OrreryTestEngine;
}
