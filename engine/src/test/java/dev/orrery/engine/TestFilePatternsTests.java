package dev.orrery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestFilePatternsTests {

    private static final TestFileLocation SHIP = TestFileLocation.ofResource("orders/ship.orrery.yaml", null);

    @ParameterizedTest(name = "-Dtest={0} selects orders/ship.orrery.yaml: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ship                         | true
            ship*                        | true
            orders/ship                  | true
            **/orders/*                  | true
            orders.ship.orrery.yaml      | true
            ship.orrery.yaml             | true
            orders/ship.orrery.yaml      | true
            or*/sh?p                     | true
            ord*                         | true
            other/ship                   | false
            shipTests                    | false
            *Tests                       | false
            OrderFulfilmentTests,ship    | true
            '!ship'                      | false
            '!returns'                   | true
            '%regex[.*ship.*]'           | false
            """)
    void matches_a_file_as_the_guide_says(String patterns, boolean selected) {
        assertThat(TestFilePatterns.parse(patterns).selectsFile(SHIP)).isEqualTo(selected);
    }

    @ParameterizedTest(name = "-Dtest={0} selects case \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ship#ships*                    | ships an order  | true
            ship#ships*                    | rejects a card  | false
            ship#ships*+rejects*           | rejects a card  | true
            'ship#*a ?ard'                 | rejects a card  | true
            'ship,!ship#rejects*'          | rejects a card  | false
            'ship,!ship#rejects*'          | ships an order  | true
            '!ship#rejects*'               | ships an order  | true
            #ships*                        | ships an order  | true
            """)
    void matches_a_case_by_its_name(String patterns, String caseName, boolean selected) {
        assertThat(TestFilePatterns.parse(patterns).selectsCase(SHIP, caseName)).isEqualTo(selected);
    }

    @ParameterizedTest(name = "-Dtest={0} runs the test of a broken file: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ship            | true
            ship#ships*     | false
            'ship,!ship#x'  | false
            """)
    void runs_the_test_of_a_broken_file_only_when_the_whole_file_is_selected(String patterns, boolean selected) {
        assertThat(TestFilePatterns.parse(patterns).selectsWholeFile(SHIP)).isEqualTo(selected);
    }
}
