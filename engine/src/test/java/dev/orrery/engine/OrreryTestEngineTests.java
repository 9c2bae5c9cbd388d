package dev.orrery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.orrery.coverage.StateMachineCoverage;
import dev.orrery.junit.coverage.CoverageCollector;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

class OrreryTestEngineTests {

    @TempDir
    Path claims;

    private int runs;

    @Test
    void runs_each_case_of_a_test_file_as_one_passing_test() {
        // WHEN
        Events tests = run(selectClasspathResource("orrery/passing/order.orrery.yaml"));

        // THEN
        assertThat(failures(tests)).isEmpty();
        tests.assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
    }

    @Test
    void runs_a_json_test_file_with_shared_mocks_an_input_file_and_a_failing_callback() {
        // WHEN
        Events tests = run(selectClasspathResource("orrery/json/order.orrery.json"));

        // THEN
        assertThat(failures(tests)).isEmpty();
        tests.assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void tests_a_state_machine_of_a_template_with_substitutions() {
        // WHEN
        Map<String, String> failures = failures(run(selectClasspathResource("orrery/template/hold.orrery.yaml"),
                selectClasspathResource("orrery/template/wrong-machine.orrery.yaml")));

        // THEN
        assertThat(failures).containsOnlyKeys("runs");
        assertThat(failures.get("runs")).isEqualTo("orrery/template/wrong-machine.orrery.yaml:1:1: \"template\": "
                + "orrery/template/template.yaml has no state machine \"HoldFlows\"; its state machines are [HoldFlow]");
    }

    @Test
    void counts_the_cases_it_runs_in_the_coverage_report_of_the_test_run() {
        // WHEN
        run(selectClasspathResource("orrery/passing/order.orrery.yaml"));

        // THEN
        StateMachineCoverage coverage = CoverageCollector.recorded().stateMachines().stream()
                .filter(machine -> machine.source().equals("definitions/order.asl.json")).findFirst().orElseThrow();
        assertThat(coverage.stateCount().covered()).isPositive();
    }

    @Test
    void counts_the_child_executions_of_a_nested_state_machine_under_its_definition() {
        // GIVEN
        long before = CoverageCollector.recorded().stateMachine("definitions/shipping.asl.json")
                .map(machine -> machine.hits(dev.orrery.coverage.CoverageItem.state("Label"))).orElse(0L);

        // WHEN
        run(selectClasspathResource("orrery/parity/parity.orrery.yaml"));

        // THEN
        StateMachineCoverage shipping = CoverageCollector.recorded().stateMachine("definitions/shipping.asl.json")
                .orElseThrow();
        assertThat(shipping.name()).isEqualTo("shipping.asl.json");
        assertThat(shipping.hits(dev.orrery.coverage.CoverageItem.state("Label")) - before).isPositive();
    }

    @Test
    void gives_each_case_a_stable_unique_id_and_a_source_at_its_line() {
        // WHEN
        Events tests = run(selectClasspathResource("orrery/passing/order.orrery.yaml"));

        // THEN
        Event first = tests.started().list().get(0);
        assertThat(first.getTestDescriptor().getUniqueId()).isEqualTo(UniqueId.forEngine("orrery")
                .append("file", "orrery/passing/order.orrery.yaml").append("case", "ships an approved order"));
        assertThat(first.getTestDescriptor().getDisplayName()).isEqualTo("ships an approved order");
        ClasspathResourceSource source = (ClasspathResourceSource) first.getTestDescriptor().getSource().orElseThrow();
        assertThat(source.getClasspathResourceName()).isEqualTo("orrery/passing/order.orrery.yaml");
        assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(4);
    }

    @Test
    void runs_only_the_case_a_unique_id_selects() {
        // WHEN
        Events tests = run(selectUniqueId(UniqueId.forEngine("orrery")
                .append("file", "orrery/passing/order.orrery.yaml").append("case", "rejects an invalid order")));

        // THEN
        assertThat(tests.succeeded().list()).extracting(e -> e.getTestDescriptor().getDisplayName())
                .containsExactly("rejects an invalid order");
    }

    @Test
    void reports_failed_expectations_where_they_are_written_with_the_assertions_messages() {
        // WHEN
        Map<String, String> failures = failures(run(selectClasspathResource("orrery/failing/wrong.orrery.yaml")));

        // THEN
        assertThat(failures.get("expects the wrong path")).isEqualTo("""
                2 expectations failed:

                [orrery/failing/wrong.orrery.yaml:7:7 expect.status] Expecting execution of case "expects the wrong \
                path" (state machine "definitions/order.asl.json") to have status SUCCEEDED but it was FAILED:
                  error: "Order.Invalid"
                  cause: "the order is not valid"
                  in state: "Rejected"
                  path: [Validate, Valid?, Rejected]

                [orrery/failing/wrong.orrery.yaml:8:7 expect.path] Expecting execution of case "expects the wrong \
                path" (state machine "definitions/order.asl.json") to have followed path:
                  [Validate, Valid?, Charge]
                but it followed:
                  [Validate, Valid?, Rejected]
                first difference at step 3: expected "Charge" but was "Rejected\"""");
        assertThat(failures.get("expects the wrong output")).isEqualTo("""
                [orrery/failing/wrong.orrery.yaml:18:7 expect.outputContains] Expecting output of execution of \
                case "expects the wrong output" (state machine "definitions/order.asl.json") at "$.receipt.total" to be equal to:
                  41
                but was:
                  42""");
    }

    @Test
    void fails_a_case_whose_mocks_or_callbacks_cannot_apply_with_a_located_message() {
        // WHEN
        Map<String, String> failures = failures(run(selectClasspathResource("orrery/failing/wrong.orrery.yaml")));

        // THEN
        assertThat(failures.get("mocks a state that is no Task")).isEqualTo("orrery/failing/wrong.orrery.yaml:21:7: "
                + "\"Valid?\" is not a Task state of the definition; its Task states: [Validate, Charge, Approve]");
        assertThat(failures.get("answers a callback nobody waits for"))
                .startsWith("orrery/failing/wrong.orrery.yaml:26:9: cannot answer the callback of \"Approve\" at "
                        + "+PT1M: the execution had already ended FAILED");
        assertThat(failures.get("leaves a Task state unmocked")).contains("Charge");
        assertThat(failures.get("answers a callback too early")).isEqualTo("orrery/failing/wrong.orrery.yaml:36:9: "
                + "cannot answer the callback of \"Approve\" at +PT1H: the execution first waits for test code at "
                + "+PT24H (2025-01-02T00:00:00Z); send the callback then or later");
    }

    @Test
    void turns_a_broken_test_file_into_one_failing_test_that_lists_every_problem() {
        // WHEN
        Map<String, String> failures = failures(run(selectClasspathResource("orrery/broken/broken.orrery.yaml")));

        // THEN
        assertThat(failures).containsOnlyKeys("test file broken.orrery.yaml is valid");
        assertThat(failures.get("test file broken.orrery.yaml is valid")).isEqualTo("""
                The test file has 5 problems:
                  orrery/broken/broken.orrery.yaml:4:5: unknown key "inputs"; did you mean "input"?
                  orrery/broken/broken.orrery.yaml:7:11: an answer needs exactly one of [awaitsCallback, error, \
                returns, returnsPayload, runsJob, throwsLambdaError, throwsServiceException, timesOut] but has [error, returns]
                  orrery/broken/broken.orrery.yaml:10:9: missing "at" (an ISO-8601 duration after the start, such \
                as PT2H)
                  orrery/broken/broken.orrery.yaml:12:7: "status": expected one of [ABORTED, FAILED, SUCCEEDED, \
                TIMED_OUT] but was "DONE"
                  orrery/broken/broken.orrery.yaml:13:7: "virtualTime": expected an ISO-8601 duration such as "PT2S" \
                or "P2D" but was "two days\"""");
    }

    @Test
    void checks_step_functions_local_responses_and_tags_when_it_reads_the_file() {
        // WHEN
        Map<String, String> failures = failures(run(selectClasspathResource("orrery/broken/numbered.orrery.yaml")));

        // THEN
        assertThat(failures.values()).singleElement().isEqualTo("""
                The test file has 2 problems:
                  orrery/broken/numbered.orrery.yaml:4:12: item 0: expected a tag without blanks, commas, \
                parentheses, '&', '|' or '!' but was "slow tests"
                  orrery/broken/numbered.orrery.yaml:8:9: Mocked responses (/Validate/0-2): "0-2" overlaps "0": \
                both answer call 0; give each call number one response""");
    }

    @Test
    void reports_text_that_is_not_yaml_where_it_breaks() {
        // WHEN
        Map<String, String> failures = failures(run(selectClasspathResource("orrery/broken/not-yaml.orrery.yaml")));

        // THEN
        assertThat(failures.values()).singleElement().asString()
                .startsWith("The test file has a problem:\n  orrery/broken/not-yaml.orrery.yaml:3:")
                .contains("the test file is not valid YAML");
    }

    @Test
    void fails_every_case_of_a_file_whose_definition_is_missing() {
        // WHEN
        Map<String, String> failures = failures(run(selectClasspathResource(
                "orrery/broken/missing-definition.orrery.json")));

        // THEN
        assertThat(failures.get("runs")).startsWith("orrery/broken/missing-definition.orrery.json:2:3: "
                + "\"definition\": no file \"nowhere/order.asl.json\"; looked at [");
    }

    @Test
    void turns_a_missing_mock_configuration_into_a_failing_test() {
        // WHEN
        Map<String, String> failures = failures(run(selectClasspathResource(
                "orrery/broken/no-mock-config.orrery.yaml")));

        // THEN
        assertThat(failures.get("test file no-mock-config.orrery.yaml is valid")).startsWith("""
                The test file has a problem:
                  orrery/broken/no-mock-config.orrery.yaml:2:1: "mockConfig": no file "nowhere/MockConfigFile.json"; \
                looked at [""");
    }

    @Test
    void asks_which_state_machine_of_a_mock_configuration_to_run_and_refuses_blank_test_case_names() {
        // WHEN
        Map<String, String> failures = failures(run(selectClasspathResource("orrery/broken/two-machines.orrery.yaml"),
                selectClasspathResource("orrery/broken/blank-test-case.orrery.yaml")));

        // THEN
        assertThat(failures.get("test file two-machines.orrery.yaml is valid")).isEqualTo("""
                The test file has a problem:
                  orrery/broken/two-machines.orrery.yaml:2:1: "mockConfig": the mock configuration has 2 state \
                machines; name one with "mockConfigStateMachine": one of [Orders, Refunds]""");
        assertThat(failures.get("test file blank-test-case.orrery.yaml is valid")).isEqualTo("""
                The test file has a problem:
                  orrery/broken/blank-test-case.orrery.yaml:2:1: "mockConfig": a test case of state machine \
                "Refunds" has a blank name; name each test case""");
    }

    @Test
    void runs_the_test_cases_of_the_mock_configuration_a_file_points_at() {
        // WHEN
        Events tests = run(selectClasspathResource("orrery/mockconfig/orders.orrery.yaml"));

        // THEN
        assertThat(tests.succeeded().list()).extracting(e -> e.getTestDescriptor().getDisplayName())
                .containsExactly("Rejected", "Approved");
    }

    @Test
    void finds_the_test_files_of_a_package() {
        // WHEN
        Events tests = run(selectPackage("orrery.passing"), selectPackage("orrery.mockconfig"));

        // THEN
        tests.assertStatistics(stats -> stats.started(5).succeeded(5));
    }

    @Test
    void scans_the_class_path_for_build_tools_that_select_only_classes() {
        // WHEN
        Events tests = scan(Map.of()).selectors(selectClass(OrreryTestEngineTests.class)).execute().testEvents();

        // THEN
        assertThat(names(tests.started())).contains("ships an approved order", "Rejected",
                "test file broken.orrery.yaml is valid");
        assertThat(tests.started().list().get(0).getTestDescriptor().getParent().orElseThrow().getSource())
                .containsInstanceOf(ClassSource.class);
    }

    @Test
    void runs_each_scanned_test_file_once_across_the_requests_and_jvms_of_one_build_run() {
        // GIVEN the per-class requests Surefire makes with forkCount above 1, in one run
        Map<String, String> run = Map.of("orrery.engine.run", "one-build", "test", "orrery/passing/*");

        // WHEN
        Events first = scan(run).selectors(selectClass(OrreryTestEngineTests.class)).execute().testEvents();
        Events second = scan(run).selectors(selectClass(TestFileReaderTests.class)).execute().testEvents();
        Events nextBuild = scan(Map.of("orrery.engine.run", "next-build", "test", "orrery/passing/*"))
                .selectors(selectClass(TestFileReaderTests.class)).execute().testEvents();

        // THEN
        first.assertStatistics(stats -> stats.started(3).succeeded(3));
        second.assertStatistics(stats -> stats.started(0));
        nextBuild.assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void reruns_a_failed_case_a_unique_id_selects_although_its_file_was_claimed() {
        // GIVEN
        Map<String, String> run = Map.of("orrery.engine.run", "rerun", "test", "orrery/failing/*");
        scan(run).selectors(selectClass(OrreryTestEngineTests.class)).execute();

        // WHEN Surefire's rerunFailingTestsCount selects the failed case by its unique id
        Events rerun = scan(run).selectors(selectUniqueId(UniqueId.forEngine("orrery")
                .append("file", "orrery/failing/wrong.orrery.yaml").append("case", "expects the wrong path")))
                .execute().testEvents();

        // THEN
        assertThat(names(rerun.failed())).containsExactly("expects the wrong path");
    }

    @ParameterizedTest(name = "-Dtest={0}")
    @CsvSource(delimiter = '|', textBlock = """
            orrery/passing/order.orrery.yaml               | order.orrery.yaml: ships an approved order, rejects an invalid order, gives up when nobody approves
            passing/order.orrery.yaml#ships*               | order.orrery.yaml: ships an approved order
            'orrery.passing.order.orrery.yaml#rejects*+gives up*' | order.orrery.yaml: rejects an invalid order, gives up when nobody approves
            orders                                         | orders.orrery.yaml: Rejected, Approved
            'ord*s,!**/mockconfig/*#Approved'              | orders.orrery.yaml: Rejected
            **/passing/order#*nobody*                      | order.orrery.yaml: gives up when nobody approves
            OrreryTestEngineTests                          | ''
            OrreryTestEngineTests#scans*                   | ''
            '%regex[.*order.*]'                            | ''
            """)
    void selects_the_scanned_test_files_and_cases_surefire_s_test_patterns_name(String test, String expected) {
        // WHEN
        Events tests = scan(Map.of("test", test)).selectors(selectClass(OrreryTestEngineTests.class)).execute()
                .testEvents();

        // THEN
        assertThat(casesByFile(tests)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void selects_test_files_by_its_include_parameter_in_place_of_surefire_s_test_patterns() {
        // WHEN Surefire runs one Java class and the include parameter names a test file's cases
        Events tests = scan(Map.of("test", "OrreryTestEngineTests", "orrery.engine.include", "orders#App*"))
                .selectors(selectClass(OrreryTestEngineTests.class)).execute().testEvents();
        Events withoutScan = EngineTestKit.engine(OrreryTestEngine.ENGINE_ID)
                .configurationParameter("orrery.engine.include", "orders#Rej*")
                .configurationParameter("orrery.engine.run", "include-" + runs++)
                .configurationParameter("orrery.engine.directory", claims.toString())
                .selectors(selectClass(OrreryTestEngineTests.class)).execute().testEvents();

        // THEN
        assertThat(casesByFile(tests)).isEqualTo("orders.orrery.yaml: Approved");
        assertThat(casesByFile(withoutScan)).isEqualTo("orders.orrery.yaml: Rejected");
    }

    @ParameterizedTest(name = "line {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | ships an approved order, rejects an invalid order, gives up when nobody approves
            4  | ships an approved order
            30 | rejects an invalid order
            35 | gives up when nobody approves
            """)
    void runs_the_case_written_at_the_line_an_ide_selects(int line, String expected) {
        // WHEN
        Events tests = run(selectClasspathResource("orrery/passing/order.orrery.yaml", FilePosition.from(line)));

        // THEN
        assertThat(String.join(", ", names(tests.started()))).isEqualTo(expected);
    }

    @Test
    void runs_the_test_cases_of_a_mock_configuration_at_the_line_of_its_key() {
        // WHEN
        Events tests = run(selectFile(Path.of("src/test/resources/orrery/mockconfig/orders.orrery.yaml").toFile(),
                FilePosition.from(2)));

        // THEN
        assertThat(names(tests.started())).containsExactly("Approved");
    }

    private static String casesByFile(Events tests) {
        Map<String, List<String>> byFile = new java.util.LinkedHashMap<>();
        for (Event event : tests.started().list()) {
            String file = event.getTestDescriptor().getParent().orElseThrow().getDisplayName();
            byFile.computeIfAbsent(file, key -> new java.util.ArrayList<>())
                    .add(event.getTestDescriptor().getDisplayName());
        }
        return byFile.entrySet().stream().map(entry -> entry.getKey() + ": " + String.join(", ", entry.getValue()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    @Test
    void finds_the_test_files_of_a_folder_and_a_file_on_disk() {
        // GIVEN
        Path resources = Path.of("src/test/resources/orrery");

        // WHEN
        Events tests = run(selectDirectory(resources.resolve("passing").toFile()),
                selectFile(resources.resolve("mockconfig/orders.orrery.yaml").toFile()));

        // THEN
        tests.assertStatistics(stats -> stats.started(5).succeeded(5));
        FileSource source = (FileSource) tests.started().list().get(0).getTestDescriptor().getSource().orElseThrow();
        assertThat(source.getFile().toPath()).isEqualTo(resources.resolve("passing/order.orrery.yaml")
                .toAbsolutePath());
        assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(4);
    }

    @Test
    void gives_a_file_on_disk_the_unique_id_of_the_class_path_resource_it_was_copied_to() throws Exception {
        // GIVEN the source of a test resource, and a copy outside the class path
        Path source = Path.of("src/test/resources/orrery/passing/order.orrery.yaml");
        Path elsewhere = java.nio.file.Files.createDirectories(claims.resolve("elsewhere/orrery/passing"));
        java.nio.file.Files.copy(source, elsewhere.resolve("other.orrery.yaml"));

        // WHEN
        Events tests = run(selectFile(source.toFile()), selectFile(elsewhere.resolve("other.orrery.yaml").toFile()));

        // THEN
        assertThat(tests.started().list()).extracting(e -> e.getTestDescriptor().getUniqueId().getSegments().get(1)
                .getValue()).containsOnly("orrery/passing/order.orrery.yaml",
                elsewhere.resolve("other.orrery.yaml").toAbsolutePath().toString());
        assertThat(tests.started().list()).hasSize(6);
    }

    @Test
    void finds_the_test_files_of_a_class_path_root() throws Exception {
        // GIVEN
        Path root = Path.of(OrreryTestEngineTests.class.getResource("/orrery/passing/order.orrery.yaml").toURI())
                .getParent().getParent().getParent();

        // WHEN
        Events tests = run(selectClasspathRoots(Set.of(root)).toArray(DiscoverySelector[]::new));

        // THEN
        assertThat(names(tests.started())).contains("ships an approved order", "Rejected",
                "test file not-yaml.orrery.yaml is valid");
    }

    @Test
    void leaves_out_the_test_files_of_folders_a_package_name_filter_excludes() {
        // WHEN
        Events tests = EngineTestKit.engine(OrreryTestEngine.ENGINE_ID)
                .selectors(selectPackage("orrery"))
                .filters(PackageNameFilter.includePackageNames("orrery.passing", "orrery.json")).execute()
                .testEvents();

        // THEN
        tests.assertStatistics(stats -> stats.started(6).succeeded(6));
    }

    @Test
    void leaves_out_the_cases_the_platform_s_tag_filter_excludes() {
        // WHEN
        Events tests = EngineTestKit.engine(OrreryTestEngine.ENGINE_ID)
                .selectors(selectClasspathResource("orrery/passing/order.orrery.yaml"))
                .filters(TagFilter.includeTags("rejections")).execute().testEvents();

        // THEN
        assertThat(names(tests.succeeded())).containsExactly("rejects an invalid order");
    }

    @Test
    void answers_with_the_mock_vocabulary_of_the_java_api() {
        // WHEN
        Events tests = run(selectClasspathResource("orrery/parity/parity.orrery.yaml"));

        // THEN
        assertThat(failures(tests)).isEmpty();
        tests.assertStatistics(stats -> stats.started(9).succeeded(9));
    }

    @Test
    void fails_a_case_whose_own_mocks_go_unused_unless_it_is_lenient_and_names_why_a_run_did_not_end() {
        // WHEN
        Events tests = run(selectClasspathResource("orrery/stopped/stopped.orrery.yaml"));
        Map<String, String> failures = failures(tests);

        // THEN
        assertThat(failures).containsOnlyKeys("leaves a mock unused", "loops until the guard stops it",
                "calls a task nobody mocks");
        assertThat(failures.get("leaves a mock unused")).isEqualTo("""
                orrery/stopped/stopped.orrery.yaml:5:3: unused mocks in case "leaves a mock unused": state "Train".
                Path taken:
                  [Scenario, Charge]
                Remove these mocks or fix their names; to tolerate unused mocks, set "strictness: lenient" in the \
                case or the file.""");
        assertThat(failures.get("loops until the guard stops it"))
                .startsWith("orrery/stopped/stopped.orrery.yaml:16:3: the run of case \"loops until the guard stops "
                        + "it\" did not end: ")
                .contains("set maxTransitions in the case or the file")
                .doesNotContain("ExecutionOptions");
        assertThat(failures.get("calls a task nobody mocks"))
                .startsWith("orrery/stopped/stopped.orrery.yaml:19:3: the run of case \"calls a task nobody mocks\" "
                        + "did not end: ")
                .contains("No mocked response for Task state \"Charge\"",
                        "  mocks: {\"Charge\": {returns: ...}} in the case or the file\n")
                .endsWith("Mocks declared: state \"Save\"\nTask calls before it stopped: none");
    }

    /**
     * A test kit that scans the class path as Surefire's requests do, in a run of its own (so that files claimed by
     * another test's run still run here) and without the {@code -Dtest} of the build that runs these tests.
     */
    private EngineTestKit.Builder scan(Map<String, String> parameters) {
        EngineTestKit.Builder kit = EngineTestKit.engine(OrreryTestEngine.ENGINE_ID)
                .configurationParameter("orrery.engine.scan-classpath", "true")
                .configurationParameter("orrery.engine.directory", claims.toString())
                .configurationParameter("orrery.engine.run", "run-" + runs++)
                .configurationParameter("test", "");
        parameters.forEach(kit::configurationParameter);
        return kit;
    }

    private static Events run(DiscoverySelector... selectors) {
        return EngineTestKit.engine(OrreryTestEngine.ENGINE_ID).selectors(selectors).execute().testEvents();
    }

    private static Map<String, String> failures(Events tests) {
        Map<String, String> failures = new TreeMap<>();
        for (Event event : tests.failed().list()) {
            TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
            failures.put(event.getTestDescriptor().getDisplayName(),
                    result.getThrowable().map(Throwable::getMessage).orElse(""));
        }
        return failures;
    }

    static List<String> names(Events tests) {
        return tests.list().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }
}
