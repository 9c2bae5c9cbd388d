package dev.orrery.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import java.nio.charset.StandardCharsets;

/**
 * The ASL parser never throws for a bad definition: every problem is a diagnostic. On arbitrary text it returns a
 * result (a state machine exactly when no diagnostic is an error); on the generator's machines, which are valid by
 * construction, it accepts them.
 */
class AslParserFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void parses_any_text_into_a_result_or_diagnostics(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        Bounded.run(() -> {
            ParseResult result = AslParser.parse(text, "fuzz.asl.json");
            assertThat(result.stateMachine() != null).as("a state machine exactly when valid: %s", result.errors())
                    .isEqualTo(result.errors().isEmpty());
            assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.toString()).isNotBlank());
        });
    }

    @FuzzTest(maxDuration = "5m")
    void accepts_every_generated_definition(FuzzedDataProvider data) {
        ObjectNode definition = new MachineGenerator(data).machine();
        String text = definition.toPrettyString();
        Bounded.run(() -> {
            ParseResult result = AslParser.parse(text, "generated.asl.json");
            assertThat(result.errors()).as("errors of the generated definition%n%s", text).isEmpty();
        });
    }
}
