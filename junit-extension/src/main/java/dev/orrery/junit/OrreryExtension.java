package dev.orrery.junit;

import dev.orrery.mock.MockSession;
import dev.orrery.mock.MockVerificationError;
import dev.orrery.model.StateMachine;
import dev.orrery.run.Execution;
import dev.orrery.run.VirtualClock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The Orrery extension: injects the state machine, testers, runs, mock sessions and the virtual clock, checks
 * strictness after each test and reports the path of failed tests.
 *
 * <p>Register it with {@link StateMachineTest}, or programmatically in a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OrreryExtension orrery = OrreryExtension.builder().definition("order.asl.json").seed(7).build();
 * }</pre>
 *
 * <p>Per-test state lives in the test's {@link ExtensionContext.Store}; the extension itself is immutable, so tests
 * may run in parallel.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OrreryExtension implements ParameterResolver, BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler,
        TestTemplateInvocationContextProvider {

    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OrreryExtension.class);

    private static final List<Class<?>> INJECTED =
            List.of(StateMachine.class, StateMachineTester.class, Execution.class, MockSession.class,
                    VirtualClock.class);

    private final @Nullable Settings settings;

    /** Create the extension configured by the test class's {@link StateMachineTest}. */
    public OrreryExtension() {
        this(null);
    }

    OrreryExtension(@Nullable Settings settings) {
        this.settings = settings;
    }

    /**
     * Start configuring an extension for {@code @RegisterExtension}.
     *
     * @return a new builder
     */
    public static OrreryExtensionBuilder builder() {
        return new OrreryExtensionBuilder();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (context.getTestMethod().isEmpty()) {
            return false;
        }
        return INJECTED.contains(type) || type == MockConfigTestCase.class && isTestCaseTemplate(context);
    }

    /** Load the class's state machine and the test's mocks, so configuration errors surface before the test. */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (isTestCaseTemplate(context)) {
            context.getStore(NAMESPACE).put(MockConfigTestCase.class,
                    new MockConfigTestCase(fixture(context).configMachine(), context.getDisplayName()));
        }
        state(context).prepare();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == MockConfigTestCase.class) {
            return testCase(context);
        }
        TestState state = state(context);
        if (type == StateMachine.class) {
            return state.fixture().stateMachine();
        } else if (type == StateMachineTester.class) {
            return state.tester();
        } else if (type == Execution.class) {
            return state.execution();
        } else if (type == VirtualClock.class) {
            return state.tester().clock();
        }
        return state.session();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestState state = context.getStore(NAMESPACE).get(TestState.class, TestState.class);
        if (state != null) {
            CoverageRecording.record(context, state);
        }
        if (state == null || context.getExecutionException().isPresent()) {
            return;
        }
        List<String> unused = state.unusedMocks();
        if (!unused.isEmpty()) {
            throw new MockVerificationError(Reports.unusedMocks(context, unused, state.executions(),
                    state.unfinishedRuns().size()));
        }
        if (!state.isLenient() && !state.unfinishedRuns().isEmpty()) {
            throw new MockVerificationError(Reports.unfinishedRuns(context, state.unfinishedRuns()));
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        Throwable failure = throwable;
        if (throwable instanceof ParameterResolutionException
                && throwable.getCause() instanceof AnnotatedRunException stopped) {
            failure = new AssertionError(stopped.getMessage(), stopped.getCause());
        }
        TestState state = context.getStore(NAMESPACE).get(TestState.class, TestState.class);
        if (state != null) {
            Reports.publish(context, state.fixture().stateMachine(), state.executions(), state.unfinishedRuns(),
                    failure);
        }
        throw failure;
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return isTestCaseTemplate(context);
    }

    private static boolean isTestCaseTemplate(ExtensionContext context) {
        return context.getTestMethod()
                .map(m -> AnnotationSupport.isAnnotated(m, StepFunctionsLocalTestCases.class))
                .orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        ClassFixture fixture = fixture(context);
        if (fixture.mockConfig() == null) {
            throw fixture.problem("No mockConfig to run @StepFunctionsLocalTestCases",
                    "set mockConfig = \"MockConfigFile.json\".");
        }
        String[] wanted = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(),
                StepFunctionsLocalTestCases.class).map(StepFunctionsLocalTestCases::value).orElse(new String[0]);
        List<String> names = wanted.length == 0 ? fixture.testCases() : List.of(wanted);
        for (String name : names) {
            fixture.baseMocks(name);
        }
        return names.stream()
                .map(name -> new TestCaseInvocation(new MockConfigTestCase(fixture.configMachine(), name)));
    }

    private TestState state(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestState.class, key -> {
            MockConfigTestCase testCase = testCase(context);
            ClassFixture fixture = fixture(context);
            String name = testCase == null ? fixture.settings().testCase() : testCase.name();
            return new TestState(fixture, context.getRequiredTestClass(), context.getRequiredTestMethod(), name);
        }, TestState.class);
    }

    private static @Nullable MockConfigTestCase testCase(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(MockConfigTestCase.class, MockConfigTestCase.class);
    }

    private ClassFixture fixture(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(ClassFixture.class,
                key -> ClassFixture.load(settings(testClass), testClass), ClassFixture.class);
    }

    private Settings settings(Class<?> testClass) {
        if (settings != null) {
            return settings;
        }
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Optional<StateMachineTest> annotation = AnnotationSupport.findAnnotation(c, StateMachineTest.class);
            if (annotation.isPresent()) {
                return Settings.of(annotation.get(), testClass);
            }
        }
        throw Problems.config(testClass, "@ExtendWith(OrreryExtension.class)", "No state machine",
                "annotate the class with @StateMachineTest(definition = \"...\") or register "
                        + "OrreryExtension.builder().definition(\"...\").build() with @RegisterExtension.");
    }
}
