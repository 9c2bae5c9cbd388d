package dev.orrery.engine;

import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** The test that stands for a test file Orrery cannot use: it fails with every problem found, each located. */
final class BrokenFileDescriptor extends AbstractTestDescriptor {

    /** The unique id segment type of the test of a broken test file. */
    static final String SEGMENT = "validation";

    private final List<String> problems;

    BrokenFileDescriptor(UniqueId parent, TestFileLocation location, List<String> problems, int line, int column) {
        super(parent.append(SEGMENT, "test file"), "test file " + location.fileName() + " is valid",
                location.source(line, column));
        this.problems = List.copyOf(problems);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    /** Return the message the test fails with. */
    String message() {
        return (problems.size() == 1 ? "The test file has a problem:\n  " : "The test file has " + problems.size()
                + " problems:\n  ") + String.join("\n  ", problems);
    }
}
