package dev.orrery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunClaimsTests {

    @TempDir
    Path directory;

    @Test
    void lets_exactly_one_request_of_a_run_claim_a_file() {
        // GIVEN two forks of one Maven run
        RunClaims first = RunClaims.of(directory, null, true, () -> "42-1000");
        RunClaims second = RunClaims.of(directory, null, true, () -> "42-1000");

        // WHEN / THEN
        assertThat(first.claim("orders/ship.orrery.yaml")).isTrue();
        assertThat(second.claim("orders/ship.orrery.yaml")).isFalse();
        assertThat(first.claim("orders/ship.orrery.yaml")).isFalse();
        assertThat(second.claim("orders/return.orrery.yaml")).isTrue();
    }

    @Test
    void claims_nothing_outside_a_surefire_fork_unless_a_run_is_named() {
        assertThat(RunClaims.of(directory, null, false, () -> "42-1000")).isNull();
        assertThat(RunClaims.of(directory, "build-7", false, () -> "42-1000").folder())
                .isEqualTo(directory.resolve("build-7"));
    }

    @Test
    void deletes_the_claims_of_maven_processes_that_ended_and_keeps_the_others() throws IOException {
        // GIVEN
        ProcessHandle self = ProcessHandle.current();
        String alive = self.pid() + "-" + self.info().startInstant().map(i -> Long.toString(i.toEpochMilli()))
                .orElse("0");
        for (String run : new String[] {alive, "2147483646-1", "build-7"}) {
            Files.createDirectories(directory.resolve(run));
            Files.writeString(directory.resolve(run).resolve("a.claim"), "");
        }

        // WHEN
        RunClaims.of(directory, null, true, () -> "42-1000");

        // THEN
        assertThat(directory.resolve(alive)).exists();
        assertThat(directory.resolve("build-7")).exists();
        assertThat(directory.resolve("2147483646-1")).doesNotExist();
    }
}
