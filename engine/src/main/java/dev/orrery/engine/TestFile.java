package dev.orrery.engine;

import dev.orrery.parse.SourcePosition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A test file as read: what it tests and its cases, or the problems that make it unusable.
 *
 * @param location where the file was found, never {@code null}
 * @param definition the definition's path as written, or {@code null} when the file is broken
 * @param definitionAt where the definition is named, never {@code null}
 * @param stateMachineName the name the executions give the state machine, or {@code null} for the default
 * @param mockConfig the Step Functions Local mock configuration the file points at, or {@code null}
 * @param mockConfigMachine the state machine of the mock configuration, or {@code null} for its only one
 * @param mocks the mocks every case starts from (a case's own mocks of a state replace them), in file order
 * @param cases the cases written in the file, in file order
 * @param problems what is wrong with the file; empty when it can run
 */
record TestFile(TestFileLocation location, @Nullable String definition, SourcePosition definitionAt,
        @Nullable String stateMachineName, @Nullable Located mockConfig, @Nullable String mockConfigMachine,
        List<StateMock> mocks, List<CaseSpec> cases, List<String> problems) {

    /** Copy the lists. */
    TestFile {
        mocks = List.copyOf(mocks);
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    /**
     * A text of the file with where it stands.
     *
     * @param text the text, never {@code null}
     * @param position where it stands, never {@code null}
     */
    record Located(String text, SourcePosition position) {}
}
