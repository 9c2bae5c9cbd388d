package dev.orrery.junit;

import dev.orrery.http.HttpTasks;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.run.ExecutionOptions;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a test class is set up, read from {@link StateMachineTest} or built by {@link OrreryExtension.Builder}.
 *
 * @param origin how the settings were given, for messages ({@code @StateMachineTest} or the builder)
 * @param definition the definition resource or file, empty when none was given
 * @param mockConfig the mock configuration resource or file, empty when none
 * @param mockConfigStateMachine the state machine of the mock configuration, empty for its only one
 * @param testCase the test case every test starts from, empty when none
 * @param options the execution options
 * @param strictness whether unused mocks fail the test
 * @param mocks mocks every test starts from (builder only), or {@code null}
 * @param type whether the state machine runs as a Standard or an Express workflow
 * @param http the loopback routes of HTTP Tasks (builder only), or {@code null}
 * @param activities the activities that exist, or {@code null} when every activity exists
 * @param nested the state machines run as child executions, by ARN (builder only)
 * @param source the template, its state machine and the substitutions of the definition
 * @param minimumCoverage the minimum shares of states and transitions the run must reach for this state machine, each
 *     negative when unset
 */
record Settings(
        String origin,
        String definition,
        String mockConfig,
        String mockConfigStateMachine,
        String testCase,
        ExecutionOptions options,
        Strictness strictness,
        @Nullable TaskMocks mocks,
        WorkflowType type,
        @Nullable HttpTasks http,
        @Nullable List<String> activities,
        Map<String, StateMachine> nested,
        DefinitionSource source,
        MinimumCoverage minimumCoverage) {

    static final String ANNOTATION = "@StateMachineTest";

    static Settings of(StateMachineTest annotation, Class<?> testClass) {
        ExecutionOptions options = ExecutionOptions.defaults()
                .withSeed(annotation.seed())
                .withStateMachineName(annotation.stateMachineName());
        if (!annotation.startTime().isEmpty()) {
            options = options.withStartTime(Problems.instant(annotation.startTime(), testClass));
        }
        return new Settings(ANNOTATION, annotation.definition(), annotation.mockConfig(),
                annotation.mockConfigStateMachine(), annotation.testCase(), options, annotation.strictness(), null,
                annotation.type(), null, annotation.activities().length == 0 ? null : List.of(annotation.activities()),
                Map.of(), new DefinitionSource(annotation.template(), annotation.stateMachine(),
                        List.of(annotation.substitutions())),
                new MinimumCoverage(annotation.minimumStateCoverage(), annotation.minimumTransitionCoverage()));
    }

    Settings withTestCase(String name) {
        return new Settings(origin, definition, mockConfig, mockConfigStateMachine, name, options, strictness, mocks,
                type, http, activities, nested, source, minimumCoverage);
    }

    /** Return where the definition came from, as the coverage report names it: its file or its template's machine. */
    String coverageSource() {
        if (source.template().isEmpty()) {
            return definition;
        }
        return source.stateMachine().isEmpty() ? source.template() : source.template() + "#" + source.stateMachine();
    }

    /** Return the name the coverage report shows: the definition's file name, or the template state machine's id. */
    String coverageName() {
        String name = source.template().isEmpty() || source.stateMachine().isEmpty() ? coverageSource()
                : source.stateMachine();
        return name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
    }

    /**
     * The minimum coverage a test class requires of its state machine.
     *
     * @param states the minimum share of states entered, negative when unset
     * @param transitions the minimum share of transitions taken, negative when unset
     */
    record MinimumCoverage(double states, double transitions) {
        static final MinimumCoverage UNSET = new MinimumCoverage(-1, -1);
    }
}
