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
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.UnmockedTaskException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The interpreter. On generated machines ({@link MachineGenerator}) every run ends with a status, or stops at the
 * execution guards with an {@link ExecutionLimitExceededException}; nothing else is thrown, the input is not mutated,
 * and the same machine, input and seed give the same history twice. On any definition text the parser accepts, the
 * runner is created (or refuses a feature it cannot run with an {@link UnsupportedOperationException}, as
 * documented) and a run ends the same way.
 */
class InterpreterFuzzTests {

    private static final ExecutionOptions OPTIONS = ExecutionOptions.defaults()
            .withMaxTransitions(300)
            .withMaxVirtualDuration(Duration.ofDays(2));

    /**
     * Whether to also check that runs are isolated: the test mutates the output of the first run before the second.
     * On by default ({@code -Dorrery.fuzz.isolation=false} turns it off to look at another failure alone).
     */
    private static final boolean ISOLATION = !"false".equals(System.getProperty("orrery.fuzz.isolation"));

    /** Answers every task of an arbitrary definition with the same small object. */
    private static final TaskIntegration ANSWER_EVERY_TASK =
            request -> TaskOutcome.success(FuzzInput.MAPPER.createObjectNode().put("ok", true));

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
            assertEnded(first, text);
            JsonNode firstHistory = first.history().toAwsJson().deepCopy();
            if (ISOLATION && first.output() instanceof ObjectNode output) {
                output.put("changedByTheCaller", true);
            }
            Execution second = runner.run(input);
            assertThat(second.history().toAwsJson()).as("the history of the same run again%n%s", text)
                    .isEqualTo(firstHistory);
        });
        Bounded.assertUnchanged(input, before, "the execution input");
    }

    @FuzzTest(maxDuration = "5m")
    void runs_any_definition_the_parser_accepts(FuzzedDataProvider data) {
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        JsonNode input = FuzzInput.json(FuzzInput.DEFAULT_DOCUMENT);
        JsonNode before = input.deepCopy();
        Bounded.run(() -> {
            ParseResult parsed = AslParser.parse(text, "fuzz.asl.json");
            if (!parsed.isValid()) {
                return;
            }
            StateMachineRunner runner;
            try {
                runner = StateMachineRunner.create(parsed.orThrow(), ANSWER_EVERY_TASK, OPTIONS);
            } catch (UnsupportedOperationException documented) {
                // A feature Orrery cannot run is refused by name when the runner is created.
                return;
            }
            try {
                assertEnded(runner.run(input), text);
            } catch (ExecutionLimitExceededException | UnmockedTaskException documented) {
                // The execution guards, and a resource nothing answers (an activity, a nested machine).
            }
        });
        Bounded.assertUnchanged(input, before, "the execution input");
    }

    private static void assertEnded(Execution execution, String text) {
        assertThat(execution.status()).isNotEqualTo(ExecutionStatus.RUNNING);
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            assertThat(execution.output()).as("the output of a successful run").isNotNull();
        } else if (execution.status() == ExecutionStatus.FAILED) {
            assertThat(execution.error()).as("the error of a failed run of%n%s", text).isNotBlank();
        }
    }
}
