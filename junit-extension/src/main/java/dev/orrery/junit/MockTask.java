package dev.orrery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Mock one answer of a Task state for the test's runs; repeat it to answer in sequence (the last answer repeats).
 *
 * <p>Give exactly one of {@link #returns()}, {@link #returnsFile()} and {@link #error()}:
 *
 * <pre>{@code
 * @MockTask(state = "Charge", error = "Lambda.TooManyRequestsException", times = 2)
 * @MockTask(state = "Charge", returns = "{\"status\": \"PAID\"}", latency = "PT2S")
 * }</pre>
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(MockTasks.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface MockTask {

    /**
     * Return the name of the mocked Task state.
     *
     * @return the state name
     */
    String state();

    /**
     * Return the JSON result the task returns.
     *
     * @return the JSON text of the result, or empty
     */
    String returns() default "";

    /**
     * Return a JSON file (classpath resource, else file path) holding the result.
     *
     * @return the resource or file of the result, or empty
     */
    String returnsFile() default "";

    /**
     * Return the error name the task fails with, e.g. {@code States.Timeout}.
     *
     * @return the error name, or empty when the task does not fail
     */
    String error() default "";

    /**
     * Return the cause of the error; none when empty.
     *
     * @return the cause text, or empty
     */
    String cause() default "";

    /**
     * Return the virtual time the call takes, as an ISO-8601 duration ({@code PT2S}); none when empty.
     *
     * @return the ISO-8601 latency, or empty for none
     */
    String latency() default "";

    /**
     * Return how many consecutive calls this answer answers before the next {@code @MockTask} of the state.
     *
     * @return the number of calls, at least 1
     */
    int times() default 1;
}
