package dev.orrery.engine;

import dev.orrery.mock.StepFunctionsLocalMockConfig;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.jspecify.annotations.Nullable;

/**
 * A test file in the test plan: a container of its cases, opened in IDEs at its first line. For build tools that
 * report only the tests under a class (Maven Surefire), its source is a class named after its path instead
 * ({@code orders.ship.orrery.yaml}): such a tool reads the name and never loads the class.
 */
final class TestFileDescriptor extends AbstractTestDescriptor {

    /** The unique id segment type of a test file. */
    static final String SEGMENT = "file";

    private final TestFile file;
    private final @Nullable StepFunctionsLocalMockConfig mockConfig;
    private final @Nullable String mockConfigMachine;
    private final boolean scanned;

    TestFileDescriptor(UniqueId id, TestFile file, @Nullable StepFunctionsLocalMockConfig mockConfig,
            @Nullable String mockConfigMachine, boolean asClass, boolean scanned) {
        super(id, file.location().fileName(), asClass ? ClassSource.from(file.location().id().replace('\\', '/')
                .replace('/', '.')) : file.location().source(1, 1));
        this.file = file;
        this.mockConfig = mockConfig;
        this.mockConfigMachine = mockConfigMachine;
        this.scanned = scanned;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    TestFile file() {
        return file;
    }

    @Nullable StepFunctionsLocalMockConfig mockConfig() {
        return mockConfig;
    }

    @Nullable String mockConfigMachine() {
        return mockConfigMachine;
    }

    /** Return whether the class path scan found the file, so that it runs once per build run ({@link RunClaims}). */
    boolean scanned() {
        return scanned;
    }
}
