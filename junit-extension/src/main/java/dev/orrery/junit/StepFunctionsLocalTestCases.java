package dev.orrery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestTemplate;

/**
 * Run the method once per test case of the class's Step Functions Local mock configuration, each named after its
 * test case and bound to its mocks.
 *
 * <p>The method may declare a {@link MockConfigTestCase} parameter besides the usual ones:
 *
 * <pre>{@code
 * @StepFunctionsLocalTestCases
 * void runs_each_test_case(MockConfigTestCase testCase, StateMachineTester sfn) {
 *     assertThat(sfn.start(input)).hasStatus(expected.get(testCase.name()));
 * }
 * }</pre>
 *
 * @since 0.1
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface StepFunctionsLocalTestCases {

    /**
     * Return the test cases to run, in this order; empty means all, in file order.
     *
     * @return the test case names, or empty for all
     */
    String[] value() default {};
}
