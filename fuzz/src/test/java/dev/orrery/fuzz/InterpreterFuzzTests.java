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
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.StateMachineRunner;
import java.time.Duration;

/**
 * The interpreter on generated machines ({@link MachineGenerator}): every run ends with a status, or stops at the
 * execution guards with an {@link ExecutionLimitExceededException}; nothing else is thrown, the input is not mutated,
 * and the same machine, input and seed give the same history twice.
 */
class InterpreterFuzzTests {

    private static final ExecutionOptions OPTIONS = ExecutionOptions.defaults()
            .withMaxTransitions(300)
            .withMaxVirtualDuration(Duration.ofDays(2));

    @FuzzTest(maxDuration = "5m")
    void runs_every_generated_machine_to_an_end(FuzzedDataProvider data) {
        MachineGenerator generator = new MachineGenerator(data);
        ObjectNode definition = generator.machine();
        ObjectNode input = generator.input();
        TaskMocks mocks = generator.mocks();
        ExecutionOptions options = OPTIONS.withSeed(data.consumeLong()).withShuffledIterations(data.consumeBoolean());
        String text = definition.toPrettyString();
        JsonNode before = input.deepCopy();
        Bounded.run(() -> {
            ParseResult parsed = AslParser.parse(text, "generated.asl.json");
            assertThat(parsed.errors()).as("errors of the generated definition%n%s", text).isEmpty();
            StateMachineRunner runner = StateMachineRunner.create(parsed.orThrow(), mocks, options);
            Execution first;
            try {
                first = runner.run(input);
            } catch (ExecutionLimitExceededException guard) {
                return;
            }
            assertThat(first.status()).isNotEqualTo(ExecutionStatus.RUNNING);
            if (first.status() == ExecutionStatus.SUCCEEDED) {
                assertThat(first.output()).as("the output of a successful run").isNotNull();
            } else if (first.status() == ExecutionStatus.FAILED) {
                assertThat(first.error()).as("the error of a failed run of%n%s", text).isNotBlank();
            }
            Execution second = runner.run(input);
            assertThat(second.history().toAwsJson()).as("the history of the same run again%n%s", text)
                    .isEqualTo(first.history().toAwsJson());
        });
        Bounded.assertUnchanged(input, before, "the execution input");
    }
}
