package dev.orrery.junit;

import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One invocation of a {@link StepFunctionsLocalTestCases} method, named after its test case; the extension binds the
 * test case's mocks by that name.
 */
final class TestCaseInvocation implements TestTemplateInvocationContext {

    private final MockConfigTestCase testCase;

    TestCaseInvocation(MockConfigTestCase testCase) {
        this.testCase = testCase;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return testCase.name();
    }
}
