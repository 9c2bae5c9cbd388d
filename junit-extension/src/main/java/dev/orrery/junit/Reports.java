package dev.orrery.junit;

import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Writes what the extension tells about a test: unused mocks, and the paths of the runs of a failed test. */
final class Reports {

    /** The report entry key of the path summary; runs after the first get a suffix {@code .2}, {@code .3}... */
    static final String PATH = "orrery.path";

    /** The report entry key of the Mermaid flowchart. */
    static final String MERMAID = "orrery.mermaid";

    private Reports() {}

    static String unusedMocks(ExtensionContext context, List<String> unused, List<Execution> executions) {
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        String paths = executions.isEmpty() ? "No run was started."
                : executions.stream().map(e -> "  " + e.path()).collect(Collectors.joining("\n", "Paths taken:\n", ""));
        return "Unused mocks in " + test + ": " + String.join(", ", unused) + ".\n" + paths + "\n"
                + "Remove these mocks or fix their state names; to tolerate unused mocks, set "
                + "@StateMachineTest(strictness = Strictness.LENIENT) or call sfn.lenient().";
    }

    static void publish(ExtensionContext context, StateMachine machine, List<Execution> executions,
            Throwable failure) {
        for (int i = 0; i < executions.size(); i++) {
            String suffix = i == 0 ? "" : "." + (i + 1);
            String summary = PathReport.summary(executions.get(i));
            context.publishReportEntry(PATH + suffix, summary);
            context.publishReportEntry(MERMAID + suffix, PathReport.mermaid(machine, executions.get(i)));
            failure.addSuppressed(new ExecutionPath(summary));
        }
    }

    /** Carries the path of a run beside a test failure, so IDEs show it with the failure. */
    static final class ExecutionPath extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ExecutionPath(String summary) {
            super(summary, null, false, false);
        }
    }
}
