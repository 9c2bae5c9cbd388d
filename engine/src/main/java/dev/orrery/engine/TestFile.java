package dev.orrery.engine;

import dev.orrery.parse.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A test file as read: what it tests and its cases, or the problems that make it unusable.
 *
 * @param location where the file was found, never {@code null}
 * @param definition what the file tests, or {@code null} when the file is broken
 * @param stateMachineName the name the executions give the state machine, or {@code null} for the default
 * @param mockConfig the Step Functions Local mock configuration the file points at, or {@code null}
 * @param mockConfigMachine the state machine of the mock configuration, or {@code null} for its only one
 * @param mocks the mocks every case starts from (a case's own mocks of a state replace them), in file order
 * @param cases the cases written in the file, in file order
 * @param settings the run options of every case (a case's own options win), never {@code null}
 * @param nested the definitions run as child executions, by the state machine ARN their tasks name
 * @param problems what is wrong with the file; empty when it can run
 */
record TestFile(TestFileLocation location, @Nullable DefinitionSource definition, @Nullable String stateMachineName, @Nullable Located mockConfig, @Nullable String mockConfigMachine,
        List<StateMock> mocks, List<CaseSpec> cases, RunSettings settings, Map<String, Located> nested,
        List<String> problems) {

    /** Copy the lists. */
    TestFile {
        mocks = List.copyOf(mocks);
        cases = List.copyOf(cases);
        nested = Collections.unmodifiableMap(new LinkedHashMap<>(nested));
        problems = List.copyOf(problems);
    }

    /**
     * Read a file this test file names under a key ({@code definition}, {@code inputFile}): beside the test file,
     * else a class path resource, else a path relative to the working directory.
     *
     * @throws InvalidTestFileException when no such file exists, located where it is named
     * @throws UncheckedIOException when it exists but cannot be read
     */
    TestFileLocation.Sibling named(String key, String name, SourcePosition at) {
        TestFileLocation.Sibling sibling;
        try {
            sibling = location.sibling(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (sibling == null) {
            throw new InvalidTestFileException(at + ": \"" + key + "\": no file \"" + name + "\"; looked at "
                    + location.lookedAt(name));
        }
        return sibling;
    }

    /**
     * A text of the file with where it stands.
     *
     * @param text the text, never {@code null}
     * @param position where it stands, never {@code null}
     */
    record Located(String text, SourcePosition position) {}
}
