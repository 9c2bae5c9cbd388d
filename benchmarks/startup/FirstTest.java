package startup;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Instant;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs ThreeStateTests (or the test class named by the first argument, e.g. startup.PlainTests for the baseline
 * without Orrery) with the JUnit Launcher, as a test JVM does, and prints the wall-clock time (epoch nanoseconds) at
 * which the test method finished, for startup-bench.sh to subtract the time it started the JVM.
 */
public final class FirstTest {

    private static long finished;

    public static void main(String[] args) throws ClassNotFoundException {
        Class<?> tests = args.length > 0 ? Class.forName(args[0]) : ThreeStateTests.class;
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        TestExecutionListener clock = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    Instant now = Instant.now();
                    finished = now.getEpochSecond() * 1_000_000_000L + now.getNano();
                }
            }
        };
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(tests)).build(), summary, clock);
        if (summary.getSummary().getTestsSucceededCount() != 1) {
            System.out.println("the test did not succeed");
            System.exit(1);
        }
        System.out.println("finished_epoch_ns=" + finished);
    }
}
