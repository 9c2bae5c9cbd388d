package dev.orrery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replay recorded execution histories against the class's definition, one test per history file.
 *
 * <p>Each value is a history file ({@code GetExecutionHistory} output, the AWS CLI's, or a bare array of
 * events; or the CloudWatch Logs records of an execution, as JSON lines, a JSON array or the output of
 * {@code aws logs filter-log-events}) or a folder whose {@code *.json} and {@code *.jsonl} files are each one history: a classpath resource, else a path relative to
 * the working directory. A file {@code NAME.describe.json} beside {@code NAME.json} is the execution's
 * {@code DescribeExecution} output (names, input). The definition is the test class's, from
 * {@link StateMachineTest} or a registered {@link OrreryExtension}.
 *
 * <p>The method may declare a {@link dev.orrery.replay.ReplayResult} parameter and assert on it; without one, each
 * test fails unless the definition reproduces its recording.
 *
 * <pre>{@code
 * @StateMachineTest(definition = "statemachines/order.asl.json")
 * class IncidentTests {
 *     @ReplayHistory("histories/incident-1234.json")
 *     void the_fix_routes_incomplete_orders_to_review(ReplayResult replay) {
 *         assertThat(replay).divergesAt("Is the order complete?");
 *     }
 *
 *     @ReplayHistory("histories/production")   // every history in the folder must still be reproduced
 *     void keeps_what_production_did() {}
 * }
 * }</pre>
 *
 * @since 0.1
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(ReplayHistoryExtension.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface ReplayHistory {

    /**
     * Return the history files or folders of history files.
     *
     * @return the histories' resources or paths
     */
    String[] value();

    /**
     * Return the ARN of the execution to replay when a file holds CloudWatch Logs records of several executions.
     *
     * @return the execution's ARN, or empty when every file is of one execution
     */
    String execution() default "";
}
