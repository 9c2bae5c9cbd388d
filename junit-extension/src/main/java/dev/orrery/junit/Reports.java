package dev.orrery.junit;

import dev.orrery.mock.RecordedCall;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Writes what the extension tells about a test: unused mocks, and the paths of the runs of a failed test. */
final class Reports {

    /** The report entry key of the path summary; runs after the first get a suffix {@code .2}, {@code .3}... */
    static final String PATH = "orrery.path";

    /** The report entry key of the Mermaid flowchart. */
    static final String MERMAID = "orrery.mermaid";

    /** The name of the attached Mermaid file (JUnit 5.12 and later); runs after the first get {@code -2}... */
    static final String MERMAID_FILE = "orrery-path";

    /** The media type of the attached Mermaid file. */
    static final String MERMAID_TYPE = "text/vnd.mermaid; charset=UTF-8";

    private Reports() {}

    static String unusedMocks(ExtensionContext context, List<String> unused, List<Execution> executions,
            int unfinished) {
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        String paths = executions.isEmpty() ? (unfinished == 0 ? "No run was started." : "")
                : executions.stream().map(e -> "  " + e.path()).collect(Collectors.joining("\n", "Paths taken:\n", ""));
        if (unfinished > 0) {
            paths += (executions.isEmpty() ? "" : "\n") + unfinished + (unfinished == 1 ? " run" : " runs")
                    + " begun by the test did not end: call runToCompletion() on its session.";
        }
        return "Unused mocks in " + test + ": " + String.join(", ", unused) + ".\n" + paths + "\n"
                + "Remove these mocks or fix their state names; to tolerate unused mocks, set "
                + "@StateMachineTest(strictness = Strictness.LENIENT) or call sfn.lenient().";
    }

    /** Describe a run described by annotations that stopped with an exception: the calls made, then the fix. */
    static String stoppedRun(Method method, RuntimeException stopped, List<RecordedCall> calls) {
        String made = calls.isEmpty() ? "none"
                : calls.stream().map(c -> c.request().stateName() + " (call #" + (c.request().invocation() + 1) + ")")
                        .collect(Collectors.joining(" -> "));
        return "The run of " + method.getName() + " (its @Input and @MockTask) did not end: "
                + stopped.getMessage() + "\nTask calls before it stopped: " + made;
    }

    /** Describe the runs a strict test began and never completed. */
    static String unfinishedRuns(ExtensionContext context, List<StateMachineTester.Begun> unfinished) {
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        String paths = unfinished.stream().map(run -> "  " + run.session().visits().stream()
                .map(v -> v.name()).toList() + " (still running at " + run.session().currentTime() + ")")
                .collect(Collectors.joining("\n"));
        return (unfinished.size() == 1 ? "1 run" : unfinished.size() + " runs") + " begun by " + test
                + " did not end:\n" + paths + "\n"
                + "Call runToCompletion() on its session and assert on the execution; to leave runs unfinished, set "
                + "@StateMachineTest(strictness = Strictness.LENIENT) or call sfn.lenient().";
    }

    static void publish(ExtensionContext context, StateMachine machine, List<Execution> executions,
            List<StateMachineTester.Begun> unfinished, Throwable failure) {
        int run = 0;
        for (Execution execution : executions) {
            publish(context, run++, PathReport.summary(execution), PathReport.mermaid(machine, execution), failure);
        }
        for (StateMachineTester.Begun begun : unfinished) {
            String summary = PathReport.summary(begun.options().executionArn(), begun.options().startTime(),
                    begun.session());
            publish(context, run++, summary, PathReport.mermaid(machine, begun.session().visits(), false), failure);
        }
    }

    private static void publish(ExtensionContext context, int run, String summary, String mermaid,
            Throwable failure) {
        String suffix = run == 0 ? "" : "." + (run + 1);
        context.publishReportEntry(PATH + suffix, summary);
        context.publishReportEntry(MERMAID + suffix, mermaid);
        FileAttachments.publish(context, MERMAID_FILE + (run == 0 ? "" : "-" + (run + 1)) + ".mmd", MERMAID_TYPE,
                mermaid);
        failure.addSuppressed(new ExecutionPath(summary));
    }

    /** Carries the path of a run beside a test failure, so IDEs show it with the failure. */
    static final class ExecutionPath extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ExecutionPath(String summary) {
            super(summary, null, false, false);
        }
    }
}
