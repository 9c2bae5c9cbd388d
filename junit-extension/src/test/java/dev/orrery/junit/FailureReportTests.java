package dev.orrery.junit;

import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orrery.run.Execution;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class FailureReportTests {

    @Test
    void publishes_the_path_and_its_drawing_when_a_test_fails() {
        // WHEN
        EngineExecutionResults results = Kit.run(FailingTestCase.class);

        // THEN
        Map<String, String> entries = entries(results);
        assertThat(entries).containsOnlyKeys(Reports.PATH, Reports.MERMAID);
        assertThat(entries.get(Reports.PATH)).isEqualTo("Execution "
                + "arn:aws:states:us-east-1:123456789012:execution:StateMachine:Execution FAILED with "
                + "Order.OutOfStock: No stock left\n"
                + "Path (3 states, virtual time 0s):\n"
                + "  1. Check Inventory (Task) at 2025-01-01T00:00:00Z\n"
                + "  2. In Stock? (Choice) at 2025-01-01T00:00:00Z\n"
                + "  3. Out Of Stock (Fail) at 2025-01-01T00:00:00Z, error Order.OutOfStock");
        assertThat(entries.get(Reports.MERMAID)).startsWith("flowchart TD\n")
                .contains("  s0[\"Check Inventory\"]", "  start --> s0", "  s1 -- \"Default\" --> s2",
                        "  class s0 visited", "  linkStyle 0 stroke:#2e7d32,stroke-width:3px");
    }

    @Test
    void attaches_the_path_to_the_failure() {
        Throwable failure = Kit.run(FailingTestCase.class).testEvents().failed().stream()
                .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class))
                .map(r -> r.getThrowable().orElseThrow()).findFirst().orElseThrow();
        assertThat(failure.getSuppressed()).singleElement()
                .satisfies(s -> assertThat(s.getMessage()).contains("3. Out Of Stock (Fail)"));
    }

    @Test
    void attaches_the_drawing_as_a_mermaid_file_where_junit_can(@TempDir Path root) throws Exception {
        // WHEN
        Optional<EngineExecutionResults> results = Kit.runWritingFiles(FailingTestCase.class, root);

        // THEN
        if (results.isEmpty()) {
            // JUnit 5.10 and 5.11 (the junit-5.10 profile): no attachments, the report entries still come
            EngineExecutionResults old = Kit.run(FailingTestCase.class);
            assertThat(entries(old)).containsOnlyKeys(Reports.PATH, Reports.MERMAID);
            assertThat(Arrays.stream(ExtensionContext.class.getMethods()).map(Method::getName))
                    .doesNotContain("publishFile");
            return;
        }
        List<Event> files = results.get().allEvents().stream()
                .filter(e -> e.getType().name().equals("FILE_ENTRY_PUBLISHED")).toList();
        assertThat(files).hasSize(1);
        Object file = files.get(0).getPayload().orElseThrow();
        Path path = (Path) file.getClass().getMethod("getPath").invoke(file);
        assertThat(path.getFileName()).hasToString("orrery-path.mmd");
        assertThat(path).startsWith(root);
        assertThat(Files.readString(path)).isEqualTo(entries(results.get()).get(Reports.MERMAID))
                .startsWith("flowchart TD\n");
        assertThat(file.getClass().getMethod("getMediaType").invoke(file))
                .isEqualTo(Optional.of("text/vnd.mermaid; charset=UTF-8"));
    }

    @Test
    void names_the_files_of_later_runs_by_their_number(@TempDir Path root) throws Exception {
        Optional<EngineExecutionResults> results = Kit.runWritingFiles(TwoRunsTestCase.class, root);
        assumeTrue(results.isPresent(), "this JUnit attaches no files");

        List<String> names = results.get().allEvents().stream()
                .filter(e -> e.getType().name().equals("FILE_ENTRY_PUBLISHED"))
                .map(e -> e.getPayload().orElseThrow().toString()).toList();
        assertThat(names).hasSize(2);
        assertThat(names.get(0)).contains("orrery-path.mmd");
        assertThat(names.get(1)).contains("orrery-path-2.mmd");
    }

    @Test
    void publishes_nothing_when_the_test_passes() {
        assertThat(entries(Kit.run(PassingTestCase.class))).isEmpty();
    }

    private static Map<String, String> entries(EngineExecutionResults results) {
        List<Event> published = results.allEvents().reportingEntryPublished().list();
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        published.forEach(e -> entries.putAll(e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()));
        return entries;
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class FailingTestCase {

        @Test
        @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
        void expects_success(Execution run) {
            assertThat(run).succeeded();
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class TwoRunsTestCase {

        @Test
        void expects_two_successes(StateMachineTester sfn) {
            sfn.mock("Check Inventory").returns("{\"inStock\": false}").start("{}");
            assertThat(sfn.start("{}")).succeeded();
        }
    }

    @StateMachineTest(definition = Kit.DEFINITION)
    static class PassingTestCase {

        @Test
        @MockTask(state = "Check Inventory", returns = "{\"inStock\": false}")
        void expects_failure(Execution run) {
            assertThat(run).failed();
        }
    }
}
