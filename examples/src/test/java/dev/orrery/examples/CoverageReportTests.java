package dev.orrery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.coverage.Coverage;
import dev.orrery.coverage.CoverageCount;
import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageReport;
import dev.orrery.coverage.StateMachineCoverage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs after the example suite (its own Surefire execution in the verify phase) and checks the coverage report the
 * suite left in target/orrery/coverage: the JUnit tests and the cases of the {@code *.orrery.yaml} test file add up.
 */
class CoverageReportTests {

    private static final Path REPORT = Path.of("target/orrery/coverage");

    private static Coverage coverage() throws IOException {
        Path json = REPORT.resolve("coverage.json");
        return CoverageReport.fromJson(Files.readString(json), json.toString());
    }

    @Test
    void the_example_suite_wrote_the_coverage_of_both_workflows() throws IOException {
        assertThat(coverage().stateMachines()).extracting(StateMachineCoverage::source)
                .containsExactlyInAnyOrder("order-fulfilment/approval.asl.json", "order-fulfilment/order.asl.json");
    }

    @Test
    void the_order_workflow_misses_only_the_rejected_order() throws IOException {
        StateMachineCoverage order = coverage().stateMachine("order-fulfilment/order.asl.json").orElseThrow();

        assertThat(order.stateCount()).isEqualTo(new CoverageCount(11, 10));
        assertThat(order.transitionCount()).isEqualTo(new CoverageCount(10, 9));
        assertThat(order.missed()).map(CoverageItem::toString)
                .containsExactly("Is the order valid? Default -> Order rejected", "Order rejected");
    }

    @Test
    void the_report_is_built_from_the_parts_the_forks_of_one_run_wrote() throws IOException {
        try (var parts = Files.list(REPORT.resolve("parts"))) {
            assertThat(parts.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.indexOf('_'))).distinct()).hasSize(1);
        }
    }

    @Test
    void the_test_file_ran_once_although_each_fork_found_it() throws IOException {
        StateMachineCoverage approval = coverage().stateMachine("order-fulfilment/approval.asl.json").orElseThrow();

        // the 7 tests of OrderApprovalTests and the 5 cases of order-approval.orrery.yaml each check inventory once
        assertThat(approval.hits(CoverageItem.state("Check inventory"))).isEqualTo(7 + 5);
    }

    @Test
    void the_html_report_has_an_index_and_a_page_per_workflow() throws IOException {
        String index = Files.readString(REPORT.resolve("index.html"));

        assertThat(index).contains("approval.asl.json", "order.asl.json");
        try (var files = Files.list(REPORT)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("sm-"))).hasSize(2);
        }
    }
}
