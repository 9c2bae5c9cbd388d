package dev.orrery.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.text.ClosestNames;
import dev.orrery.mock.MockSession;
import dev.orrery.mock.TaskMocks;
import dev.orrery.run.Execution;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.support.AnnotationSupport;

/** The state of one test, kept in its {@code ExtensionContext.Store}: its tester and its annotated run. */
final class TestState {

    private final ClassFixture fixture;
    private final Method method;
    private final Class<?> testClass;
    private final String testCase;
    private @Nullable StateMachineTester tester;
    private @Nullable Execution annotatedRun;
    private @Nullable JsonNode input;

    TestState(ClassFixture fixture, Class<?> testClass, Method method, String testCase) {
        this.fixture = fixture;
        this.testClass = testClass;
        this.method = method;
        this.testCase = testCase;
    }

    ClassFixture fixture() {
        return fixture;
    }

    String testCase() {
        return testCase;
    }

    StateMachineTester tester() {
        if (tester == null) {
            Set<String> states = new LinkedHashSet<>(StateNames.of(fixture.stateMachine()));
            fixture.settings().nested().values().forEach(child -> states.addAll(StateNames.of(child)));
            tester = new StateMachineTester(fixture.stateMachine(), classMocks(states), fixture.settings());
            AnnotatedMocks.declare(AnnotationSupport.findRepeatableAnnotations(method, MockTask.class),
                    tester.builder(), states, fixture.testClass());
        }
        return tester;
    }

    /**
     * Return the class-level {@code @MockTask}s in front of the base mocks: defaults for every test, never strict.
     * The nearest declaration of a state answers all its calls: the test class, then its superclasses (nearest
     * first), then the enclosing classes of a {@code @Nested} class with their superclasses, then the test case.
     */
    private @Nullable TaskMocks classMocks(Set<String> states) {
        TaskMocks mocks = fixture.baseMocks(testCase);
        if (mocks != null && !testCase.isEmpty()) {
            for (String mocked : mocks.mockedStates()) {
                if (!states.contains(mocked)) {
                    String hint = ClosestNames.didYouMean(mocked, states);
                    throw fixture.problem("Test case \"" + testCase + "\" of " + fixture.settings().mockConfig()
                            + " mocks the unknown state \"" + mocked + "\"", (hint.isEmpty() ? "" : hint.substring(2)
                            + " ") + "Rename it in the mock configuration to one of the definition's states " + states
                            + ".");
                }
            }
        }
        List<Class<?>> levels = MockLevels.of(testClass);
        for (int i = levels.size() - 1; i >= 0; i--) {
            List<MockTask> declared = MockLevels.declaredOn(levels.get(i));
            if (!declared.isEmpty()) {
                TaskMocks.Builder builder = TaskMocks.builder();
                AnnotatedMocks.declare(declared, builder, states, levels.get(i));
                if (mocks != null) {
                    builder.otherwise(mocks);
                }
                mocks = builder.build();
            }
        }
        return mocks;
    }

    /** Declare the test's mocks and read its input now, so configuration errors surface before the test. */
    void prepare() {
        tester();
        if (input == null) {
            input = input();
        }
    }

    Execution execution() {
        if (annotatedRun == null) {
            prepare();
            try {
                annotatedRun = tester().start(Objects.requireNonNull(input));
            } catch (RuntimeException stopped) {
                List<MockSession> sessions = tester().sessions();
                throw new AnnotatedRunException(Reports.stoppedRun(method, stopped,
                        sessions.isEmpty() ? List.of() : sessions.get(sessions.size() - 1).calls()), stopped);
            }
        }
        return annotatedRun;
    }

    MockSession session() {
        execution();
        return tester().sessions().get(0);
    }

    List<Execution> executions() {
        return tester == null ? List.of() : tester.executions();
    }

    /** Return the executions coverage counts: those of {@link #executions()}, then those of the tester's runner(). */
    List<Execution> coveredExecutions() {
        if (tester == null) {
            return List.of();
        }
        List<Execution> all = new java.util.ArrayList<>(tester.executions());
        all.addAll(tester.runnerExecutions());
        return all;
    }

    /** Return the state machines the test's runs start as child executions, by ARN. */
    java.util.Map<String, dev.orrery.model.StateMachine> nestedStateMachines() {
        return tester == null ? fixture.settings().nested() : tester.nestedStateMachines();
    }

    List<StateMachineTester.Begun> unfinishedRuns() {
        return tester == null ? List.of() : tester.unfinishedRuns();
    }

    /** Return whether the test tolerates unused mocks and unfinished runs. */
    boolean isLenient() {
        return tester != null && tester.isLenient();
    }

    /** Return the mocks of this test that no run used, or an empty list when the test is lenient. */
    List<String> unusedMocks() {
        if (tester == null || tester.isLenient()) {
            return List.of();
        }
        List<MockSession> sessions = tester.sessions();
        if (sessions.isEmpty()) {
            return tester.builder().build().session().unusedMocks();
        }
        Set<String> unused = new LinkedHashSet<>(sessions.get(sessions.size() - 1).unusedMocks());
        sessions.forEach(session -> unused.retainAll(session.unusedMocks()));
        return List.copyOf(unused);
    }

    private JsonNode input() {
        Input input = AnnotationSupport.findAnnotation(method, Input.class).orElse(null);
        String text = "{}";
        if (input != null && !input.file().isEmpty()) {
            text = Resources.read(input.file(), fixture.testClass());
            if (text == null) {
                throw Problems.config(fixture.testClass(), "@Input", "No input file \"" + input.file() + "\" found",
                        Resources.whereToPut(input.file()));
            }
        } else if (input != null && !input.value().isEmpty()) {
            text = input.value();
        }
        JsonNode json = Resources.json(text);
        if (json == null) {
            throw Problems.config(fixture.testClass(), "@Input", "The input of " + method.getName() + " is not JSON "
                    + Resources.whyNotJson(text),
                    "write valid JSON, e.g. @Input(\"{\\\"orderId\\\": 42}\").");
        }
        return json;
    }
}
