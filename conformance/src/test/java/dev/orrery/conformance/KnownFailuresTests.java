package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownFailuresTests {

    private static final ConformanceReport REPORT = new ConformanceReport(List.of(
            new CaseResult("suite::A::test_pass", "JSONPath", List.of(), List.of(), true, null),
            new CaseResult("suite::A::test_fail", "JSONPath", List.of(), List.of(), true,
                    new Difference("status", "SUCCEEDED", "FAILED"))));

    @Test
    void parses_ids_and_reasons_and_skips_comments_and_blank_lines() {
        String text = "# header\n\nsuite::A::test_x  # output.a: expected 1 but was 2\nsuite::B::test_y\n";

        assertThat(KnownFailures.parse(text)).containsExactly(
                java.util.Map.entry("suite::A::test_x", "output.a: expected 1 but was 2"),
                java.util.Map.entry("suite::B::test_y", ""));
    }

    @Test
    void formats_the_failures_with_their_first_difference_and_reads_them_back() {
        String text = KnownFailures.format(REPORT);

        assertThat(text).startsWith(KnownFailures.HEADER)
                .endsWith("suite::A::test_fail  # core: status: expected SUCCEEDED but was FAILED\n");
        assertThat(KnownFailures.parse(text)).containsOnlyKeys("suite::A::test_fail");
    }

    @Test
    void keeps_hand_written_corpus_reasons_when_regenerating() {
        String text = KnownFailures.format(REPORT, Map.of("suite::A::test_fail", "corpus: recording quirk"));

        assertThat(text).endsWith("suite::A::test_fail  # corpus: recording quirk\n");
    }

    @Test
    void names_the_feature_group_a_failing_case_exercises() {
        CaseResult map = new CaseResult("m", "JSONPath", List.of("Map", "Pass"), List.of("map-inline"), false, null);
        CaseResult jsonata = new CaseResult("j", "JSONata", List.of("Pass"), List.of(), false, null);
        CaseResult callback = new CaseResult("c", "JSONPath", List.of("Task"),
                List.of("callback-wait-for-task-token"), false, null);

        assertThat(FeatureGroup.of(map)).isEqualTo("Parallel/Map");
        assertThat(FeatureGroup.of(jsonata)).isEqualTo("JSONata/variables");
        assertThat(FeatureGroup.of(callback)).isEqualTo("callbacks/activities/.sync");
    }

    @Test
    void accepts_listed_failures() {
        assertThat(KnownFailures.violations(REPORT, Set.of("suite::A::test_fail"))).isEmpty();
    }

    @Test
    void flags_regressions_cases_that_now_pass_and_stale_entries() {
        assertThat(KnownFailures.violations(REPORT, Set.of("suite::A::test_pass", "suite::gone")))
                .containsExactlyInAnyOrder(
                        "regression: suite::A::test_fail: status: expected SUCCEEDED but was FAILED",
                        "now passes: remove it from the list: suite::A::test_pass",
                        "not in the corpus: remove it from the list: suite::gone");
    }
}
