package dev.orrery.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTests {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void runs_a_repeated_action_in_the_places_as_many_single_actions_would_take() {
        // GIVEN
        Scheduler scheduler = new Scheduler(START);
        List<String> ran = new ArrayList<>();
        int[] turn = {0};
        scheduler.soon(() -> ran.add("before"));
        scheduler.soonRepeated(3, () -> {
            int n = turn[0]++;
            ran.add("repeat " + n);
            if (n == 0) {
                // an action placed first runs before the next turn; one queued soon runs after the last
                scheduler.first(() -> ran.add("first"));
                scheduler.soon(() -> ran.add("queued by the first turn"));
            }
        });
        scheduler.soon(() -> ran.add("after"));
        scheduler.at(START.plusSeconds(1), () -> ran.add("later"));
        scheduler.at(START, () -> ran.add("now, at"));

        // WHEN
        assertThat(scheduler.pendingCount()).isEqualTo(7);
        while (scheduler.hasPending()) {
            scheduler.runNext();
        }

        // THEN
        assertThat(ran).containsExactly("before", "repeat 0", "first", "repeat 1", "repeat 2", "after", "now, at",
                "queued by the first turn", "later");
        assertThat(scheduler.now()).isEqualTo(START.plus(Duration.ofSeconds(1)));
    }

    @Test
    void counts_each_run_still_owed_by_a_repeated_action_as_pending() {
        // GIVEN
        Scheduler scheduler = new Scheduler(START);
        scheduler.soonRepeated(4, () -> {});
        scheduler.soonRepeated(0, () -> {});

        // WHEN
        scheduler.runNext();

        // THEN
        assertThat(scheduler.pendingCount()).isEqualTo(3);
        scheduler.clear();
        assertThat(scheduler.pendingCount()).isZero();
        assertThat(scheduler.hasPending()).isFalse();
    }
}
