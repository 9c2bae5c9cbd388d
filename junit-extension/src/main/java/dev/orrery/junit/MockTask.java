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

    /** Return the name of the mocked Task state. */
    String state();

    /** Return the JSON result the task returns. */
    String returns() default "";

    /** Return a JSON file (classpath resource, else file path) holding the result. */
    String returnsFile() default "";

    /** Return the error name the task fails with, e.g. {@code States.Timeout}. */
    String error() default "";

    /** Return the cause of the error; none when empty. */
    String cause() default "";

    /** Return the virtual time the call takes, as an ISO-8601 duration ({@code PT2S}); none when empty. */
    String latency() default "";

    /** Return how many consecutive calls this answer answers before the next {@code @MockTask} of the state. */
    int times() default 1;
}
