package dev.orrery.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Choice rules (JSONPath {@code Variable} + comparison, {@code And}/{@code Or}/{@code Not}, JSONata {@code Condition}):
 * a rule is either refused by the parser with diagnostics, or a machine made of that one Choice state runs to an end
 * (matched, the default, or AWS's failure such as {@code States.NoChoiceMatched} or {@code States.Runtime}); nothing
 * is thrown and the input is not mutated.
 *
 * <p>Input: the rule (JSON on one line, without {@code Next}) on the first line, the state input on the rest. A rule
 * with a {@code Condition} runs in a JSONata machine.
 */
class ChoiceRuleFuzzTests {

    private static final Set<String> ENDS = Set.of("Matched", "Otherwise");

    @FuzzTest(maxDuration = "5m")
    void tests_any_rule_without_an_undocumented_failure(FuzzedDataProvider data) {
        FuzzInput in = FuzzInput.of(data);
        JsonNode parsed = FuzzInput.json(in.head());
        if (!(parsed instanceof ObjectNode rule)) {
            return;
        }
        String text = machineFor(rule).toString();
        JsonNode before = in.document().deepCopy();
        Bounded.run(() -> {
            ParseResult result = AslParser.parse(text, "choice.asl.json");
            if (!result.isValid()) {
                return;
            }
            Execution execution = StateMachineRunner.create(result.orThrow(), TaskMocks.none()).run(in.document());
            if (execution.succeeded()) {
                assertThat(execution.path()).last().isIn(ENDS);
            } else {
                assertThat(execution.error()).as("the error of a failed run").isNotBlank();
            }
        });
        Bounded.assertUnchanged(in.document(), before, "the input");
    }

    @Test
    void the_harness_machine_runs_a_rule_that_matches() {
        ObjectNode rule = FuzzInput.MAPPER.createObjectNode().put("Variable", "$.n").put("NumericGreaterThan", 2);
        Execution execution = StateMachineRunner.create(AslParser.parse(machineFor(rule).toString()).orThrow(),
                TaskMocks.none()).run(FuzzInput.json(FuzzInput.DEFAULT_DOCUMENT));
        assertThat(execution.path()).containsExactly("Decide", "Matched");
    }

    /** A machine of one Choice state with the rule, going to {@code Matched}, else to {@code Otherwise}. */
    private static ObjectNode machineFor(ObjectNode rule) {
        rule.put("Next", "Matched");
        ObjectNode machine = FuzzInput.MAPPER.createObjectNode();
        if (rule.has("Condition")) {
            machine.put("QueryLanguage", "JSONata");
        }
        machine.put("StartAt", "Decide");
        ObjectNode states = machine.putObject("States");
        ObjectNode choice = states.putObject("Decide");
        choice.put("Type", "Choice");
        choice.putArray("Choices").add(rule);
        choice.put("Default", "Otherwise");
        states.putObject("Matched").put("Type", "Succeed");
        states.putObject("Otherwise").put("Type", "Succeed");
        return machine;
    }
}
