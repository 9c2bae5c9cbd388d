package dev.orrery.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExecutionOptionsTests {

    @Test
    void the_defaults_start_iterations_in_index_order() {
        assertThat(ExecutionOptions.defaults().shuffleIterations()).isFalse();
    }

    @Test
    void with_shuffled_iterations_changes_only_that_setting() {
        ExecutionOptions base = ExecutionOptions.defaults().withSeed(9).withMaxTransitions(10);

        ExecutionOptions shuffled = base.withShuffledIterations(true);

        assertThat(shuffled.shuffleIterations()).isTrue();
        assertThat(shuffled.withShuffledIterations(false)).isEqualTo(base);
    }

    @Test
    void every_other_wither_keeps_the_shuffle_setting() {
        ExecutionOptions shuffled = ExecutionOptions.defaults().withShuffledIterations(true)
                .withAccountId("111111111111").withRegion("eu-west-1").withStateMachineName("M")
                .withExecutionName("E").withRoleArn("arn:aws:iam::111111111111:role/r")
                .withStartTime(ExecutionOptions.DEFAULT_START_TIME).withSeed(3).withMaxTransitions(5)
                .withMaxVirtualDuration(Duration.ofHours(1));

        assertThat(shuffled.shuffleIterations()).isTrue();
    }

    @Test
    void the_constructor_without_the_shuffle_setting_starts_iterations_in_index_order() {
        ExecutionOptions options = new ExecutionOptions("123456789012", "us-east-1", "M", "E",
                "arn:aws:iam::123456789012:role/r", ExecutionOptions.DEFAULT_START_TIME, 0L, 10, Duration.ofDays(1));

        assertThat(options.shuffleIterations()).isFalse();
    }
}
