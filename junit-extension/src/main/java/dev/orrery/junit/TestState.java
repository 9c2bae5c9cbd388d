package dev.orrery.junit;

import com.fasterxml.jackson.databind.JsonNode;
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
    private final String testCase;
    private @Nullable StateMachineTester tester;
    private @Nullable Execution annotatedRun;
    private @Nullable JsonNode input;

    TestState(ClassFixture fixture, Method method, String testCase) {
        this.fixture = fixture;
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

    /** Return the class's {@code @MockTask}s in front of the base mocks: defaults for every test, never strict. */
    private @Nullable TaskMocks classMocks(Set<String> states) {
        TaskMocks base = fixture.baseMocks(testCase);
        List<MockTask> onClass = AnnotationSupport.findRepeatableAnnotations(fixture.testClass(), MockTask.class);
        if (onClass.isEmpty()) {
            return base;
        }
        TaskMocks.Builder builder = TaskMocks.builder();
        AnnotatedMocks.declare(onClass, builder, states, fixture.testClass());
        if (base != null) {
            builder.otherwise(base);
        }
        return builder.build();
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
            annotatedRun = tester().start(Objects.requireNonNull(input));
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

    List<StateMachineTester.Begun> unfinishedRuns() {
        return tester == null ? List.of() : tester.unfinishedRuns();
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
