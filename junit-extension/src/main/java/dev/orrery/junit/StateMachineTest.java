package dev.orrery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test a state machine: parse its definition once per class and inject what the tests ask for.
 *
 * <p>Test methods may declare parameters of type {@link dev.orrery.model.StateMachine} (the parsed definition),
 * {@link StateMachineTester} (a runner bound to the test's mocks, with a fluent API), {@link dev.orrery.run.Execution}
 * (a finished run described by {@link MockTask} and {@link Input}) and {@link dev.orrery.mock.MockSession} (the
 * calls of that run). Strict by default: a mock declared by a test that no call used fails the test.
 *
 * <pre>{@code
 * @StateMachineTest(definition = "statemachines/order.asl.json")
 * class OrderTests {
 *     @Test
 *     void ships_paid_orders(StateMachineTester sfn) {
 *         Execution run = sfn.mock("Charge").returns("{\"status\": \"PAID\"}").start("{\"orderId\": 42}");
 *         assertThat(run).succeeded();
 *     }
 * }
 * }</pre>
 *
 * <p>A state machine kept in a template is named by its logical id:
 * {@code @StateMachineTest(template = "template.yaml", stateMachine = "OrderFlow", substitutions = "TableName=Orders")}.
 *
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OrreryExtension.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface StateMachineTest {

    /**
     * Return the definition: a classpath resource, else a file path relative to the working directory.
     *
     * @return the definition's resource or file
     */
    String definition() default "";

    /**
     * Return the SAM, CloudFormation or CDK template holding the state machine: a classpath resource, else a file path
     *     relative to the working directory; none when empty. {@code DefinitionUri} files are read relative to it.
     *
     * @return the template's resource or file, or empty
     */
    String template() default "";

    /**
     * Return the logical id of the state machine in {@link #template()}; empty means the template's only one.
     *
     * @return the logical id, or empty
     */
    String stateMachine() default "";

    /**
     * Return the values of the definition's {@code ${KEY}} placeholders and deploy-time references, each as
     *     {@code "KEY=VALUE"} (e.g. {@code "TableName=Orders"}, {@code "AWS::Region=eu-west-1"}).
     *
     * @return the substitutions, none by default
     */
    String[] substitutions() default {};

    /**
     * Return the Step Functions Local mock configuration ({@code MockConfigFile.json}), resource or file; none when
     *     empty.
     *
     * @return the mock configuration's resource or file, or empty
     */
    String mockConfig() default "";

    /**
     * Return the state machine of the mock configuration; empty means its only one.
     *
     * @return the state machine's name in the mock configuration, or empty
     */
    String mockConfigStateMachine() default "";

    /**
     * Return the test case of the mock configuration whose mocks every test starts from; none when empty.
     *
     * @return the test case's name, or empty
     */
    String testCase() default "";

    /**
     * Return the state machine name ({@code $$.StateMachine.Name}).
     *
     * @return the state machine name
     */
    String stateMachineName() default "StateMachine";

    /**
     * Return the seed of every random draw (jitter, task tokens, UUIDs).
     *
     * @return the seed
     */
    long seed() default 0L;

    /**
     * Return the virtual start time as an ISO-8601 instant; empty means {@code 2025-01-01T00:00:00Z}.
     *
     * @return the ISO-8601 start instant, or empty
     */
    String startTime() default "";

    /**
     * Return whether unused mocks fail the test.
     *
     * @return {@link Strictness#STRICT} to fail on unused mocks, {@link Strictness#LENIENT} to tolerate them
     */
    Strictness strictness() default Strictness.STRICT;

    /**
     * Return whether the state machine runs as a Standard (default) or an Express workflow.
     *
     * @return the workflow type
     */
    WorkflowType type() default WorkflowType.STANDARD;

    /**
     * Return the ARNs of the activities that exist in the account: a task on any other activity fails with
     * {@code States.Runtime}, as on AWS for a deleted activity. Empty (the default) means every activity exists;
     * {@code StateMachineTester.activities()} adds to them.
     *
     * @return the ARNs of the activities that exist
     */
    String[] activities() default {};

    /**
     * Return the minimum share of this state machine's states the whole test run must enter, between 0 and 1 (e.g.
     * {@code 0.8}); the run fails at its end when the coverage report shows less. Negative (the default) leaves it to
     * the {@code orrery.coverage.minimumStates} system property.
     *
     * @return the minimum share of states, or a negative value when unset
     */
    double minimumStateCoverage() default -1;

    /**
     * Return the minimum share of this state machine's transitions (each {@code Next}, Choice rule and
     * {@code Default}, {@code Catch} edge and {@code End}) the whole test run must take, between 0 and 1; negative
     * (the default) leaves it to the {@code orrery.coverage.minimumTransitions} system property.
     *
     * @return the minimum share of transitions, or a negative value when unset
     */
    double minimumTransitionCoverage() default -1;
}
