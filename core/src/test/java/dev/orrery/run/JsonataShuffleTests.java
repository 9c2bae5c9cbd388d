package dev.orrery.run;

import static dev.orrery.run.Runs.json;
import static dev.orrery.run.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.TaskMocks;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSONata's {@code $shuffle} draws from the execution's seed, like every other random source. */
class JsonataShuffleTests {

    private static final String SHUFFLE = """
            {'QueryLanguage': 'JSONata', 'StartAt': 'P', 'States': {'P': {'Type': 'Pass',
              'Output': '{% $shuffle($states.input) %}', 'End': true}}}""";

    private static final String TWENTY = "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]";

    @Test
    void three_runs_with_the_same_seed_shuffle_alike() {
        ExecutionOptions options = ExecutionOptions.defaults().withSeed(7);

        JsonNode first = run(SHUFFLE, TWENTY, TaskMocks.none(), options).output();

        assertThat(first).isNotEqualTo(json(TWENTY));
        assertThat(run(SHUFFLE, TWENTY, TaskMocks.none(), options).output()).isEqualTo(first);
        assertThat(run(SHUFFLE, TWENTY, TaskMocks.none(), options).output()).isEqualTo(first);
    }

    @Test
    void different_seeds_can_shuffle_differently_but_keep_every_element() {
        Set<JsonNode> orders = new HashSet<>();
        IntStream.range(0, 5).forEach(seed -> orders.add(
                run(SHUFFLE, TWENTY, TaskMocks.none(), ExecutionOptions.defaults().withSeed(seed)).output()));

        assertThat(orders).hasSizeGreaterThan(1);
        orders.forEach(order -> assertThat(order).containsExactlyInAnyOrderElementsOf(json(TWENTY)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "[]      | []",
        "[42]    | [42]",
        "'a'     | ['a']",
        "{'k':1} | [{'k':1}]"
    })
    void shuffles_what_has_nothing_to_reorder_as_jsonata_does(String input, String output) {
        assertThat(run(SHUFFLE, input, TaskMocks.none()).output()).isEqualTo(json(output));
    }
}
