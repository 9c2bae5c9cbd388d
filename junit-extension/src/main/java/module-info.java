/**
 * The JUnit Jupiter extension: {@code @StateMachineTest}, mocks by annotation, injected runs and virtual clocks.
 * JUnit creates the extension and reads its annotations reflectively, so the package is open to it.
 */
module dev.orrery.junit {
    requires transitive dev.orrery.core;
    requires transitive dev.orrery.assertj;
    requires transitive org.junit.jupiter.api;
    requires org.junit.platform.commons;
    requires static org.junit.platform.launcher;
    requires static org.apiguardian.api;
    requires static org.jspecify;

    exports dev.orrery.junit;
    exports dev.orrery.junit.coverage;
    exports dev.orrery.junit.internal to dev.orrery.engine;
    opens dev.orrery.junit to org.junit.platform.commons;

    provides org.junit.platform.launcher.LauncherSessionListener
            with dev.orrery.junit.coverage.CoverageSessionListener;
    provides dev.orrery.coverage.CoverageSink
            with dev.orrery.junit.coverage.CollectorSink;
}
