package engineconsumer;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs the test file of this module with the JUnit launcher and the Orrery engine found on the module path. */
public final class Main {

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathResource("checks/wait.orrery.yaml"))
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.getFailures().forEach(failure -> {
            for (Throwable cause = failure.getException(); cause != null; cause = cause.getCause()) {
                System.out.println("failure: " + cause);
            }
        });
        System.out.println("engine module: " + ModuleLayer.boot().findModule("dev.orrery.engine")
                .map(Module::getName).orElse("none"));
        System.out.println("tests succeeded: " + summary.getTestsSucceededCount()
                + ", failed: " + summary.getTotalFailureCount());
        System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
