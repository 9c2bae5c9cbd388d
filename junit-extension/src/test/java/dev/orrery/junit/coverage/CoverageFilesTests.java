package dev.orrery.junit.coverage;

import static dev.orrery.junit.coverage.CoverageFixtures.coverage;
import static dev.orrery.junit.coverage.CoverageFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.CoverageCount;
import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageFilesTests {

    @TempDir
    Path directory;

    private Coverage report() throws IOException {
        return CoverageReport.fromJson(Files.readString(directory.resolve("coverage.json")), "coverage.json");
    }

    @Test
    void one_jvm_writes_its_part_and_the_report_of_it() throws IOException {
        // WHEN
        CoverageFiles.Merged merged = new CoverageFiles(settings(directory, "run", -1, -1))
                .write(coverage(true), "100-1", true);

        // THEN
        assertThat(merged.coverage()).isEqualTo(coverage(true));
        assertThat(report()).isEqualTo(coverage(true));
        assertThat(directory.resolve("parts/run_100-1.json")).exists();
        assertThat(directory.resolve("parts/run_100-1.closed")).exists();
        assertThat(directory.resolve("index.html")).exists();
    }

    @Test
    void the_report_of_several_forks_is_the_sum_of_their_parts() throws IOException {
        // GIVEN
        CoverageFiles files = new CoverageFiles(settings(directory, "run", -1, -1));

        // WHEN
        files.write(coverage(true), "100-1", true);
        CoverageFiles.Merged merged = files.write(coverage(false, true), "101-1", true);

        // THEN
        assertThat(report()).isEqualTo(merged.coverage());
        var machine = report().stateMachine("flows/check.asl.json").orElseThrow();
        assertThat(machine.hits(CoverageItem.state("Check"))).isEqualTo(3);
        assertThat(machine.stateCount()).isEqualTo(new CoverageCount(4, 4));
        assertThat(machine.missed()).isEmpty();
    }

    @Test
    void a_fork_that_writes_again_replaces_its_own_part() throws IOException {
        // GIVEN
        CoverageFiles files = new CoverageFiles(settings(directory, "run", -1, -1));
        files.write(coverage(true), "100-1", false);

        // WHEN
        files.write(coverage(true, true), "100-1", true);

        // THEN
        assertThat(report().stateMachines().get(0).hits(CoverageItem.state("Check"))).isEqualTo(2);
    }

    @Test
    void parts_of_an_earlier_run_whose_jvm_ended_are_dropped() throws IOException {
        // GIVEN
        new CoverageFiles(settings(directory, "earlier", -1, -1)).write(coverage(false), "100-1", true);

        // WHEN
        new CoverageFiles(settings(directory, "now", -1, -1)).write(coverage(true), "200-1", true);

        // THEN
        assertThat(report()).isEqualTo(coverage(true));
        assertThat(directory.resolve("parts/earlier_100-1.json")).doesNotExist();
    }

    @Test
    void parts_of_another_run_still_running_are_kept_but_not_merged() throws IOException {
        // GIVEN
        String running = ForkSession.self();
        new CoverageFiles(settings(directory, "other", -1, -1)).write(coverage(false), running, false);

        // WHEN
        new CoverageFiles(settings(directory, "now", -1, -1)).write(coverage(true), "200-1", true);

        // THEN
        assertThat(report()).isEqualTo(coverage(true));
        assertThat(directory.resolve("parts/other_" + running + ".json")).exists();
    }
}
