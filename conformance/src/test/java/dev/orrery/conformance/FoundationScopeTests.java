package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoundationScopeTests {

    @Test
    void includes_jsonpath_cases_of_the_foundation_state_types() {
        assertThat(FoundationScope.includes("JSONPath", List.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail"),
                List.of("choice", "jsonpath-Parameters", "context-object"))).isTrue();
    }

    @Test
    void excludes_other_languages_state_types_and_later_features() {
        assertThat(FoundationScope.includes("JSONata", List.of("Pass"), List.of())).isFalse();
        assertThat(FoundationScope.includes("mixed", List.of("Pass"), List.of())).isFalse();
        assertThat(FoundationScope.includes("JSONPath", List.of("Pass", "Map"), List.of())).isFalse();
        assertThat(FoundationScope.includes("JSONPath", List.of("Task"), List.of("retry"))).isFalse();
        assertThat(FoundationScope.includes("JSONPath", List.of("Pass"), List.of("map-inline"))).isFalse();
        assertThat(FoundationScope.includes("JSONPath", List.of("Pass"), List.of("intrinsic-functions"))).isFalse();
    }

    @Test
    void reads_the_scope_from_a_case() {
        assertThat(FoundationScope.includes(Fixtures.passCase("{}"))).isTrue();
        assertThat(FoundationScope.includes(Fixtures.passCase(
                "{'features': {'query_language': 'JSONPath', 'state_types': {'Pass': 1}, 'features': ['catch']}}")))
                .isFalse();
    }
}
