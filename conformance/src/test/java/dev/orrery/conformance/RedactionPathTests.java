package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactionPathTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$..TaskToken                          | events/3/taskScheduledEventDetails/parameters/TaskToken | true",
        "$..TaskToken                          | TaskToken                                               | true",
        "$..TaskToken                          | events/3/TaskTokens                                     | false",
        "$..output.StartDate                   | output/StartDate                                        | true",
        "$..output.StartDate                   | events/1/stateExitedEventDetails/output/StartDate       | true",
        "$..output.StartDate                   | output/x/StartDate                                      | false",
        "$..events..output.FunctionResult      | events/4/stateExitedEventDetails/output/FunctionResult  | true",
        "$..events..output.FunctionResult      | output/FunctionResult                                   | false",
        "$.output                              | output                                                  | true",
        "$.output                              | events/output                                           | false",
    })
    void matches_key_paths(String path, String keys, boolean matches) {
        List<Object> keyPath = List.of((Object[]) keys.split("/"));

        assertThat(RedactionPath.parse(path).matches(keyPath)).isEqualTo(matches);
    }

    @Test
    void matches_array_indexes_as_keys() {
        assertThat(RedactionPath.parse("$..items.*.id").matches(List.of("output", "items", 2, "id"))).isTrue();
    }

    @Test
    void rejects_paths_it_cannot_read() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedactionPath.parse("TaskToken"));
        assertThatIllegalArgumentException().isThrownBy(() -> RedactionPath.parse("$['a']"));
    }
}
