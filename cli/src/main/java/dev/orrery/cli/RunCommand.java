package dev.orrery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.InvalidDefinitionException;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.UnmockedTaskException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
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
                Set.of("definition", "input", "mocks", "mock-config", "test-case", "state-machine", "format",
                        "max-transitions", "max-virtual-duration"));
        if (arguments.help()) {
            out.print(Usage.RUN);
            return 0;
        }
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("'run' takes no positional arguments but got " + arguments.positionals());
        }
        Path definition = Path.of(arguments.required("definition"));
        String format = arguments.format();
        ExecutionOptions options = Guards.options(arguments);
        String inputOption = arguments.option("input");
        JsonNode input = inputOption == null ? JsonNodeFactory.instance.objectNode()
                : JsonFiles.inlineOrFile("--input", inputOption);
        TaskMocks mocks = MockOptions.mocks(arguments, definition);
        ParseResult parsed = AslParser.parse(JsonFiles.text("--definition", definition), definition.toString());
        parsed.diagnostics().forEach(err::println);
        if (!parsed.isValid()) {
            err.println("orrery: " + definition + " is not a valid state machine definition");
            return 2;
        }
        Execution execution;
        try {
            execution = StateMachineRunner.create(parsed.orThrow(), mocks, options).run(input);
        } catch (UnmockedTaskException e) {
            err.println(e.getMessage());
            return 1;
        } catch (ExecutionLimitExceededException e) {
            err.println("orrery: " + Guards.describe(e));
            return 1;
        } catch (InvalidDefinitionException e) {
            e.diagnostics().forEach(err::println);
            err.println("orrery: " + definition + " cannot be run");
            return 2;
        }
        if (format.equals("json")) {
            out.println(toJson(execution).toPrettyString());
        } else {
            printText(execution);
        }
        return execution.succeeded() ? 0 : 1;
    }

    private void printText(Execution execution) {
        out.println("Status: " + execution.status());
        if (execution.output() != null) {
            out.println("Output: " + execution.output());
        }
        if (execution.error() != null) {
            out.println("Error: " + execution.error());
        }
        if (execution.cause() != null) {
            out.println("Cause: " + execution.cause());
        }
        out.println("Path: " + String.join(" -> ", execution.path()));
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
