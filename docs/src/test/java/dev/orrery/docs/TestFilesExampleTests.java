package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The test files of the guide's "Test files" section: each YAML block preceded by {@code <!-- test-file: NAME -->} is
 * the test resource of that name, and each text block preceded by {@code <!-- test-file-failure: NAME#CASE -->} is
 * the message the engine fails that case with. The passing files pass.
 */
class TestFilesExampleTests {

    private static final Path GUIDE = Path.of("guides/coverage-and-test-files.md");
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Pattern FILE = Pattern.compile("<!-- test-file: ([\\w/.-]+) -->\\s*```yaml\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern FAILURE =
            Pattern.compile("<!-- test-file-failure: ([\\w/.-]+)#([^>]+) -->\\s*```text\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> the_guide_shows_the_test_files_as_they_are() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Matcher matcher = FILE.matcher(Files.readString(GUIDE));
        while (matcher.find()) {
            String name = matcher.group(1);
            String shown = matcher.group(2);
            tests.add(DynamicTest.dynamicTest(name,
                    () -> assertThat(shown).isEqualTo(Files.readString(RESOURCES.resolve(name)))));
        }
        assertThat(tests).as("test files shown in " + GUIDE).hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> the_guide_shows_the_messages_the_engine_fails_with() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Matcher matcher = FAILURE.matcher(Files.readString(GUIDE));
        while (matcher.find()) {
            String name = matcher.group(1);
            String testCase = matcher.group(2);
            String shown = matcher.group(3);
            tests.add(DynamicTest.dynamicTest(name + "#" + testCase,
                    () -> assertThat(shown).isEqualTo(failure(name, testCase) + "\n")));
        }
        assertThat(tests).as("failure messages shown in " + GUIDE).hasSizeGreaterThanOrEqualTo(2);
        return tests.stream();
    }

    @Test
    void the_passing_test_files_pass() {
        Events tests = EngineTestKit.engine("orrery")
                .selectors(selectClasspathResource("test-files/checkout.orrery.yaml"),
                        selectClasspathResource("test-files/order-test-cases.orrery.yaml"),
                        selectClasspathResource("test-files/nightly.orrery.yaml"))
                .execute().testEvents();

        assertThat(tests.failed().list()).isEmpty();
        tests.assertStatistics(stats -> stats.started(8).succeeded(8));
    }

    private static String failure(String name, String testCase) {
        UniqueId file = UniqueId.forEngine("orrery").append("file", name);
        UniqueId id = testCase.equals("test file") ? file.append("validation", "test file")
                : file.append("case", testCase);
        List<Event> failed = EngineTestKit.engine("orrery").selectors(selectUniqueId(file)).execute().testEvents()
                .failed().list().stream().filter(event -> event.getTestDescriptor().getUniqueId().equals(id))
                .toList();
        assertThat(failed).as("failed " + id).hasSize(1);
        return failed.get(0).getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
                .getMessage();
    }
}
