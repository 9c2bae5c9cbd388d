package dev.orrery.engine;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * One case of a test file in the test plan, opened in IDEs at the case's line: a case written in the file, a test case
 * of the Step Functions Local mock configuration it points at, or both when their names agree.
 */
final class CaseDescriptor extends AbstractTestDescriptor {

    /** The unique id segment type of a case. */
    static final String SEGMENT = "case";

    private final CaseSpec spec;
    private final @Nullable String mockConfigTestCase;

    CaseDescriptor(UniqueId id, TestFileLocation location, CaseSpec spec, @Nullable String mockConfigTestCase) {
        super(id, spec.name(), location.source(spec.position().line(), spec.position().column()));
        this.spec = spec;
        this.mockConfigTestCase = mockConfigTestCase;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>();
        spec.tags().stream().filter(TestTag::isValid).forEach(tag -> tags.add(TestTag.create(tag)));
        return tags;
    }

    CaseSpec spec() {
        return spec;
    }

    @Nullable String mockConfigTestCase() {
        return mockConfigTestCase;
    }
}
