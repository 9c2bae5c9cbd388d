package consumer;

import dev.orrery.run.StateMachineRunner;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs WaitTests with the JUnit launcher, from a named module, and reports what the module system sees. */
public final class Main {

    public static void main(String[] args) {
        Module core = StateMachineRunner.class.getModule();
        System.out.println("orrery-core module: " + core.getName());
        System.out.println("internal package exported: " + core.isExported("dev.orrery.internal.interpreter"));
        System.out.println("consumer module: " + Main.class.getModule().getName());

        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(WaitTests.class))
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.getFailures().forEach(failure -> System.out.println("failure: " + failure.getException()));
        System.out.println("tests succeeded: " + summary.getTestsSucceededCount()
                + ", failed: " + summary.getTotalFailureCount());
        System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
