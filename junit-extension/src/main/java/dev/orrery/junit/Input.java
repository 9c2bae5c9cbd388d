package dev.orrery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Give the input of the run injected as an {@link dev.orrery.run.Execution}; without it the input is {@code {}}.
 *
 * @since 0.1
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface Input {

    /**
     * Return the input as JSON text.
     *
     * @return the JSON text, or empty to use {@link #file()}
     */
    String value() default "";

    /**
     * Return a JSON file (classpath resource, else file path) holding the input.
     *
     * @return the resource or file, or empty to use {@link #value()}
     */
    String file() default "";
}
