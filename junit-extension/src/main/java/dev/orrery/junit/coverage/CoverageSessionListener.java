package dev.orrery.junit.coverage;

import org.apiguardian.api.API;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Writes the coverage report when the JUnit Platform's launcher session closes: at the end of a Maven, Gradle or IDE
 * test run. Registered through {@code META-INF/services}; not for direct use.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CoverageSessionListener implements LauncherSessionListener {

    /** Create the listener; the JUnit Platform does. */
    public CoverageSessionListener() {}

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        CoverageCollector.jvm().sessionOpened();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (CoverageCollector.jvm().sessionClosed()) {
            CoverageCollector.jvm().finish(CoverageSettings.fromSystemProperties(), System.out);
        }
    }
}
