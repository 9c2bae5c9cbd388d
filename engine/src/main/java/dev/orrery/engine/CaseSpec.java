package dev.orrery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.parse.SourcePosition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One case of a test file: its input, mocks, callbacks and expectations.
 *
 * @param name the case's name, unique in its file, never {@code null}
 * @param position where the case starts, never {@code null}
 * @param input the execution's input, never {@code null}
 * @param inputFile the file holding the input instead, or {@code null}
 * @param mocks the mocks by state, in file order
 * @param callbacks the callbacks answered during the run, in file order
 * @param expectations what the finished execution must show, in file order
 * @param tags the case's tags, for the platform's tag filters
 * @param settings the case's own run options, never {@code null}
 */
record CaseSpec(String name, SourcePosition position, JsonNode input, TestFile.@Nullable Located inputFile,
        List<StateMock> mocks,
        List<CallbackSpec> callbacks, List<Expectation> expectations, List<String> tags, RunSettings settings) {

    /** Copy the lists. */
    CaseSpec {
        mocks = List.copyOf(mocks);
        callbacks = List.copyOf(callbacks);
        expectations = List.copyOf(expectations);
        tags = List.copyOf(tags);
    }
}
