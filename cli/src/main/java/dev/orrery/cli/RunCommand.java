package dev.orrery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.json.JsonTrees;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.InvalidDefinitionException;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.UnmockedTaskException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** {@code orrery run}: runs a definition with an input and mocks, and prints the result. */
final class RunCommand {

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse("run", args,
                Set.of("definition", "template", "substitution", "input", "mocks", "mock-config", "test-case",
                        "state-machine", "format", "default-mock", "max-transitions", "max-virtual-duration"));
        if (arguments.help()) {
            out.print(Usage.RUN);
            return 0;
        }
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("'run' takes no positional arguments but got " + arguments.positionals());
        }
        DefinitionOptions.Named definition = DefinitionOptions.single(arguments);
        String format = arguments.format();
        ExecutionOptions options = Guards.options(arguments);
        String inputOption = arguments.option("input");
        JsonNode input = inputOption == null ? JsonNodeFactory.instance.objectNode()
                : JsonFiles.inlineOrFile("--input", inputOption);
        ParseResult parsed = definition.parse();
        parsed.diagnostics().forEach(err::println);
        if (!parsed.isValid()) {
            err.println("orrery: " + definition.label() + " is not a valid state machine definition");
            return 2;
        }
        TaskMocks mocks = MockOptions.mocks(arguments, definition.stem(), arguments.option("template") != null,
                parsed.orThrow());
        Execution execution;
        try {
            execution = StateMachineRunner.create(parsed.orThrow(), mocks, options).run(input);
        } catch (UnmockedTaskException e) {
            UnmockedTasks unmocked = UnmockedTasks.find(parsed.orThrow(), mocks, input, e);
            err.println(unmocked.message());
            if (format.equals("json")) {
                out.println(JsonTrees.write(unmocked.toJson(), true));
            }
            return UnmockedTasks.EXIT_CODE;
        } catch (ExecutionLimitExceededException e) {
            err.println("orrery: " + Guards.describe(e));
            return Guards.EXIT_CODE;
        } catch (InvalidDefinitionException e) {
            e.diagnostics().forEach(err::println);
            err.println("orrery: " + definition.label() + " cannot be run");
            return 2;
        }
        if (format.equals("json")) {
            out.println(JsonTrees.write(toJson(execution), true));
        } else {
            printText(execution);
        }
        return execution.succeeded() ? 0 : 1;
    }

    private void printText(Execution execution) {
        out.println("Status: " + execution.status());
        if (execution.output() != null) {
            out.println("Output: " + JsonTrees.write(execution.output()));
        }
        if (execution.error() != null) {
            out.println("Error: " + execution.error());
        }
        if (execution.cause() != null) {
            out.println("Cause: " + execution.cause());
        }
        out.println("Path: " + PathText.of(execution));
        out.println("Virtual time: " + VirtualTime.format(execution.virtualDuration()));
    }

    static ObjectNode toJson(Execution execution) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("status", execution.status().name());
        json.set("output", execution.output());
        json.put("error", execution.error());
        json.put("cause", execution.cause());
        execution.path().forEach(json.putArray("path")::add);
        Duration duration = execution.virtualDuration();
        if (duration.getNano() == 0) {
            json.put("virtualDurationSeconds", duration.getSeconds());
        } else {
            json.put("virtualDurationSeconds", BigDecimal.valueOf(duration.toMillis(), 3));
        }
        json.set("history", execution.history().toAwsJson().get("events"));
        return json;
    }
}
