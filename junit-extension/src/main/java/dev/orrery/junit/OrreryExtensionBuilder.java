package dev.orrery.junit;

import dev.orrery.http.HttpTasks;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.run.ExecutionOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configures an {@link OrreryExtension} in code, with the settings of {@link StateMachineTest} plus base mocks and
 * full {@link ExecutionOptions}; not thread-safe, each {@link #build()} returns an independent extension.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OrreryExtensionBuilder {

    static final String ORIGIN = "OrreryExtension.builder()";

    private String definition = "";
    private String template = "";
    private String stateMachine = "";
    private final List<String> substitutions = new java.util.ArrayList<>();
    private String mockConfig = "";
    private String mockConfigStateMachine = "";
    private String testCase = "";
    private ExecutionOptions options = ExecutionOptions.defaults();
    private Strictness strictness = Strictness.STRICT;
    private WorkflowType type = WorkflowType.STANDARD;
    private @Nullable TaskMocks mocks;
    private @Nullable HttpTasks http;
    private @Nullable List<String> activities;
    private final Map<String, StateMachine> nested = new LinkedHashMap<>();
    private Settings.MinimumCoverage minimumCoverage = Settings.MinimumCoverage.UNSET;

    OrreryExtensionBuilder() {}

    /**
     * Use the definition: a classpath resource, else a file path relative to the working directory.
     *
     * @param resourceOrFile the classpath resource or file path of the definition, never {@code null}
     * @return this builder
     */
    public OrreryExtensionBuilder definition(String resourceOrFile) {
        this.definition = Objects.requireNonNull(resourceOrFile, "resourceOrFile");
        return this;
    }

    /**
     * Use a state machine of a SAM, CloudFormation or CDK template: a classpath resource, else a file path relative
     * to the working directory.
     *
     * @param resourceOrFile the classpath resource or file path of the template, never {@code null}
     * @param logicalId the state machine's logical id, or empty for the template's only one, never {@code null}
     * @return this builder
     */
    public OrreryExtensionBuilder template(String resourceOrFile, String logicalId) {
        this.template = Objects.requireNonNull(resourceOrFile, "resourceOrFile");
        this.stateMachine = Objects.requireNonNull(logicalId, "logicalId");
        return this;
    }

    /**
     * Substitute a value for the definition's {@code ${name}} placeholder or deploy-time reference.
     *
     * @param name the placeholder or reference, e.g. {@code TableName} or {@code OrderTable.Arn}, never
     *     {@code null}
     * @param value its value, never {@code null}
     * @return this builder
     */
    public OrreryExtensionBuilder substitute(String name, String value) {
        substitutions.add(Objects.requireNonNull(name, "name") + "=" + Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Use the Step Functions Local mock configuration (resource or file).
     *
     * @param resourceOrFile the classpath resource or file path of the mock configuration, never {@code null}
     * @return this builder
     */
    public OrreryExtensionBuilder mockConfig(String resourceOrFile) {
        this.mockConfig = Objects.requireNonNull(resourceOrFile, "resourceOrFile");
        return this;
    }

    /**
     * Use the named state machine of the mock configuration.
     *
     * @param name the state machine's name in the mock configuration, never {@code null}
     * @return this builder
     */
    public OrreryExtensionBuilder mockConfigStateMachine(String name) {
        this.mockConfigStateMachine = Objects.requireNonNull(name, "name");
        return this;
    }

    /**
     * Start every test from the mocks of the named test case of the mock configuration.
     *
     * @param name the test case's name in the mock configuration, never {@code null}
     * @return this builder
     */
    public OrreryExtensionBuilder testCase(String name) {
        this.testCase = Objects.requireNonNull(name, "name");
        return this;
    }

    /**
     * Start every test from these mocks (they answer what the test's own mocks leave out; never strict).
     *
     * @param baseMocks the mocks every test starts from, never {@code null}
     * @return this builder
     */
    public OrreryExtensionBuilder mocks(TaskMocks baseMocks) {
        this.mocks = Objects.requireNonNull(baseMocks, "baseMocks");
        return this;
    }

    /**
     * Run with these options.
     *
     * @param executionOptions the options of every run, never {@code null}
     * @return this builder
     */
    public OrreryExtensionBuilder options(ExecutionOptions executionOptions) {
        this.options = Objects.requireNonNull(executionOptions, "executionOptions");
        return this;
    }

    /**
     * Run with this seed.
     *
     * @param seed the seed of every random draw (jitter, task tokens, UUIDs)
     * @return this builder
     */
    public OrreryExtensionBuilder seed(long seed) {
        this.options = options.withSeed(seed);
        return this;
    }

    /**
     * Start runs at this virtual instant.
     *
     * @param startTime the virtual start instant, never {@code null}
     * @return this builder
     */
    public OrreryExtensionBuilder startTime(Instant startTime) {
        this.options = options.withStartTime(startTime);
        return this;
    }

    /**
     * Tolerate mocks that no call used.
     *
     * @return this builder
     */
    public OrreryExtensionBuilder lenient() {
        this.strictness = Strictness.LENIENT;
        return this;
    }

    /**
     * Run the state machine as an Express workflow: what Express forbids is refused, and runs end after 5 minutes.
     *
     * @return this builder
     */
    public OrreryExtensionBuilder express() {
        this.type = WorkflowType.EXPRESS;
        return this;
    }

    /**
     * Send the HTTP Tasks that no mock answers to the loopback servers of these routes in every test; a test's
     * {@link StateMachineTester#http(HttpTasks)} replaces them (for a server whose port is known only at run time).
     *
     * @param routes the API origins and the loopback base URLs they go to
     * @return this builder
     */
    public OrreryExtensionBuilder http(HttpTasks routes) {
        this.http = Objects.requireNonNull(routes, "routes");
        return this;
    }

    /**
     * Declare the activities that exist in the account: a task on any other fails with {@code States.Runtime}, as
     * on AWS for a deleted activity. Without this every activity exists; with no ARN none does.
     *
     * @param activityArns the ARNs of the activities that exist, added to those declared before
     * @return this builder
     */
    public OrreryExtensionBuilder activities(String... activityArns) {
        List<String> arns = new ArrayList<>(activities == null ? List.of() : activities);
        for (String arn : activityArns) {
            arns.add(Objects.requireNonNull(arn, "activityArn"));
        }
        this.activities = arns;
        return this;
    }

    /**
     * Run the given state machine as the child execution of the {@code states:startExecution.sync} tasks that name
     * the ARN, in every test, on the test's mocks; {@code @MockTask}s may name the child's states.
     *
     * @param stateMachineArn the ARN the tasks' {@code StateMachineArn} names
     * @param child the state machine to run as the child execution
     * @return this builder
     */
    public OrreryExtensionBuilder nestedStateMachine(String stateMachineArn, StateMachine child) {
        nested.put(Objects.requireNonNull(stateMachineArn, "stateMachineArn"), Objects.requireNonNull(child,
                "child"));
        return this;
    }

    /**
     * Require minimum shares of this state machine's states and transitions over the whole test run, as
     * {@link StateMachineTest#minimumStateCoverage()} and {@link StateMachineTest#minimumTransitionCoverage()} do: the
     * run fails at its end when the coverage report shows less.
     *
     * @param states the share of states to enter, between 0 and 1 (e.g. {@code 0.8}); negative leaves it unset
     * @param transitions the share of transitions to take, between 0 and 1; negative leaves it unset
     * @return this builder
     * @throws IllegalArgumentException when a share is above 1
     */
    public OrreryExtensionBuilder minimumCoverage(double states, double transitions) {
        if (states > 1 || transitions > 1 || Double.isNaN(states) || Double.isNaN(transitions)) {
            throw new IllegalArgumentException("minimumCoverage takes shares between 0 and 1 (e.g. 0.8 for 80%) but"
                    + " was " + states + " and " + transitions);
        }
        this.minimumCoverage = new Settings.MinimumCoverage(states, transitions);
        return this;
    }

    /**
     * Return the configured extension.
     *
     * @return the extension
     */
    public OrreryExtension build() {
        return new OrreryExtension(new Settings(ORIGIN, definition, mockConfig, mockConfigStateMachine, testCase,
                options, strictness, mocks, type, http, activities == null ? null : List.copyOf(activities),
                Collections.unmodifiableMap(new LinkedHashMap<>(nested)),
                new DefinitionSource(template, stateMachine, substitutions), minimumCoverage));
    }
}
