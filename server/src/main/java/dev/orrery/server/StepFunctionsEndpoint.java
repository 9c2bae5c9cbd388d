package dev.orrery.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Start a Step Functions endpoint in-process on a free loopback port for a test class, and inject its {@code URI}
 * (or the {@link StepFunctionsServer}) into test constructors, lifecycle methods and test methods.
 *
 * <pre>{@code
 * @StepFunctionsEndpoint(mockConfig = "MockConfigFile.json")
 * class OrderTests {
 *     SfnClient sfn;
 *
 *     @BeforeEach
 *     void client(URI endpoint) {
 *         sfn = SfnClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
 *                 .credentialsProvider(AnonymousCredentialsProvider.create()).build();
 *     }
 * }
 * }</pre>
 *
 * <p>The server serves every test of the class and stops after the last one; state machines and executions created
 * by one test stay visible to the next, as with a shared Step Functions Local container.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(StepFunctionsEndpointExtension.class)
public @interface StepFunctionsEndpoint {

    /**
     * Return the Step Functions Local MockConfigFile to load: a class path resource, else a file path; empty for none.
     *
     * @return the mock configuration's location, or an empty string
     */
    String mockConfig() default "";
}
