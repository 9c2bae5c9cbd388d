package dev.orrery.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosestNamesTests {

    private static final List<String> STATES = List.of("Charge Card", "Check Inventory", "Ship order", "P");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Charge card     | ; did you mean \"Charge Card\"?",
        "ChargeCard      | ; did you mean \"Charge Card\"?",
        "Charge          | ; did you mean \"Charge Card\"?",
        "Ship            | ; did you mean \"Ship order\"?",
        "Refund          | ''",
        "Q               | ''"})
    void suggests_only_names_that_are_close(String wrong, String hint) {
        assertThat(ClosestNames.didYouMean(wrong, STATES)).isEqualTo(hint);
    }
}
