package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.run.ExecutionOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceRunnerTests {

    @TempDir
    Path dir;

    @Test
    void reports_an_unreadable_case_file_as_an_exception_without_crashing() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{not json");

        ConformanceReport report = ConformanceRunner.runAll(dir);

        assertThat(report.total()).isEqualTo(1);
        assertThat(report.results().get(0).id()).isEqualTo("broken.json");
        assertThat(report.results().get(0).difference().field()).isEqualTo("exception");
    }

    @Test
    void reports_a_definition_orrery_rejects() {
        ConformanceCase invalid = Fixtures.passCase("{'definition': {'States': {}}}");

        CaseResult result = ConformanceRunner.run(invalid);

        assertThat(result.passed()).isFalse();
        assertThat(result.difference().field()).isEqualTo("definition");
    }

    @Test
    void lists_only_json_files_in_name_order() throws IOException {
        Files.writeString(dir.resolve("b.json"), "{}");
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("README.md"), "#");

        assertThat(ConformanceRunner.caseFiles(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.json", "b.json");
    }

    @Test
    void builds_the_options_from_the_recording_context() {
        ExecutionOptions options = ConformanceRunner.options(Fixtures.json("{'accountId': '111122223333',"
                + " 'region': 'eu-west-1', 'stateMachineName': 'M', 'executionName': 'E', 'roleArn': 'arn:r'}"));

        assertThat(options.executionArn()).isEqualTo("arn:aws:states:eu-west-1:111122223333:execution:M:E");
        assertThat(options.roleArn()).isEqualTo("arn:r");
        assertThat(ConformanceRunner.options(Fixtures.json("{}"))).isEqualTo(ExecutionOptions.defaults());
    }
}
