package dev.orrery.junit.coverage;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes the coverage report when the Jupiter engine's run ends, where no launcher session will (a test kit running
 * the engine directly); kept in the root {@code ExtensionContext.Store} by the JUnit extension.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CoverageFlush implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** Create the flush; the JUnit extension does, once per engine run. */
    public CoverageFlush() {}

    @Override
    public void close() {
        if (!CoverageCollector.jvm().inSession()) {
            CoverageCollector.jvm().finish(CoverageSettings.fromSystemProperties(), System.out);
        }
    }
}
