package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreScopeTests {

    @Test
    void includes_jsonpath_cases_of_the_core_state_types() {
        assertThat(CoreScope.includes("JSONPath", List.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail"),
                List.of("choice", "jsonpath-Parameters", "context-object"))).isTrue();
    }

    @Test
    void excludes_other_languages_state_types_and_later_features() {
        assertThat(CoreScope.includes("JSONata", List.of("Pass"), List.of())).isFalse();
        assertThat(CoreScope.includes("mixed", List.of("Pass"), List.of())).isFalse();
        assertThat(CoreScope.includes("JSONPath", List.of("Pass", "Map"), List.of())).isFalse();
        assertThat(CoreScope.includes("JSONPath", List.of("Task"), List.of("retry"))).isFalse();
        assertThat(CoreScope.includes("JSONPath", List.of("Pass"), List.of("map-inline"))).isFalse();
        assertThat(CoreScope.includes("JSONPath", List.of("Pass"), List.of("intrinsic-functions"))).isFalse();
    }

    @Test
    void reads_the_scope_from_a_case() {
        assertThat(CoreScope.includes(Fixtures.passCase("{}"))).isTrue();
        assertThat(CoreScope.includes(Fixtures.passCase(
                "{'features': {'query_language': 'JSONPath', 'state_types': {'Pass': 1}, 'features': ['catch']}}")))
                .isFalse();
    }
}
