package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceReportTests {

    private static final ConformanceReport REPORT = new ConformanceReport(List.of(
            new CaseResult("a", "JSONPath", List.of("Pass"), List.of("choice"), true, null),
            new CaseResult("b", "JSONPath", List.of("Pass", "Task"), List.of(), true,
                    new Difference("output.x", "1", "2")),
            new CaseResult("c", "JSONata", List.of("Task"), List.of("catch"), false, null)));

    @Test
    void counts_passing_cases_with_one_decimal_percent() {
        assertThat(REPORT.summary()).isEqualTo("Conformance: 2/3 cases pass (66.7%)");
        assertThat(REPORT.inScopeSummary()).endsWith(": 1/2 cases pass (50.0%)");
    }

    @Test
    void breaks_the_pass_counts_down_by_language_state_type_and_feature() {
        assertThat(REPORT.breakdown()).containsOnlyKeys("language JSONPath", "language JSONata", "state Pass",
                "state Task", "feature choice", "feature catch");
        assertThat(REPORT.breakdown().get("state Task")).containsExactly(1, 2);
        assertThat(REPORT.summaryLines()).contains("By feature:")
                .anySatisfy(line -> assertThat(line).contains("state Pass").contains("1/2").contains("(50.0%)"));
    }

    @Test
    void writes_the_failures_as_json() {
        assertThat(REPORT.toJson().toString()).isEqualTo(
                "{\"total\":3,\"passed\":2,\"failed\":[{\"id\":\"b\",\"field\":\"output.x\",\"expected\":\"1\","
                        + "\"actual\":\"2\"}]}");
    }

    @Test
    void reports_zero_percent_of_nothing() {
        assertThat(new ConformanceReport(List.of()).summary()).isEqualTo("Conformance: 0/0 cases pass (0.0%)");
    }
}
