package dev.orrery.engine;

import dev.orrery.model.StateMachine;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.jspecify.annotations.Nullable;

/** Runs the cases of one test file, its definition loaded once; a case's failure is its test's result. */
final class TestFileExecutor {

    private TestFileExecutor() {}

    /** Run the file's tests in order, reporting each to the listener. */
    static void execute(EngineExecutionListener listener, TestFileDescriptor file) {
        listener.executionStarted(file);
        StateMachine machine = null;
        RuntimeException unusable = null;
        if (file.file().problems().isEmpty()) {
            try {
                machine = DefinitionLoader.load(file.file());
            } catch (RuntimeException e) {
                unusable = e;
            }
        }
        CaseRunner runner = machine == null ? null : new CaseRunner(machine, file);
        for (TestDescriptor child : file.getChildren()) {
            listener.executionStarted(child);
            listener.executionFinished(child, result(child, runner, unusable));
        }
        listener.executionFinished(file, TestExecutionResult.successful());
    }

    private static TestExecutionResult result(TestDescriptor child, @Nullable CaseRunner runner,
            @Nullable RuntimeException unusable) {
        if (child instanceof BrokenFileDescriptor broken) {
            return TestExecutionResult.failed(new InvalidTestFileException(broken.message()));
        }
        if (unusable != null || runner == null) {
            return TestExecutionResult.failed(unusable);
        }
        try {
            runner.run((CaseDescriptor) child);
            return TestExecutionResult.successful();
        } catch (RuntimeException | AssertionError failure) {
            return TestExecutionResult.failed(failure);
        }
    }
}
