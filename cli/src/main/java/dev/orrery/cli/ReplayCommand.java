package dev.orrery.cli;

import dev.orrery.parse.ParseResult;
import dev.orrery.replay.HistoryFormatException;
import dev.orrery.replay.RecordedExecution;
import dev.orrery.replay.Replay;
import dev.orrery.replay.ReplayResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code orrery replay}: replays a recorded execution history against a definition and prints {@code reproduced}
 * or the first divergence.
 */
final class ReplayCommand {

    private final PrintStream out;
    private final PrintStream err;

    ReplayCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse("replay", args, Set.of("definition", "template", "state-machine",
                "substitution", "history", "describe", "execution"));
        if (arguments.help()) {
            out.print(Usage.REPLAY);
            return 0;
        }
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("'replay' takes no positional arguments but got " + arguments.positionals());
        }
        List<String> histories = arguments.all("history");
        if (histories.isEmpty()) {
            throw new UsageException("'replay' needs --history FILE (the output of GetExecutionHistory, or the "
                    + "execution's CloudWatch Logs records)");
        }
        DefinitionOptions.Named definition = DefinitionOptions.single(arguments);
        ParseResult parsed = definition.parse();
        parsed.diagnostics().forEach(err::println);
        if (!parsed.isValid()) {
            err.println("orrery: " + definition.label() + " is not a valid state machine definition");
            return 2;
        }
        RecordedExecution recording;
        try {
            recording = RecordedExecution.read(List.of(readable("--history", histories)),
                    arguments.option("execution"));
            String describe = arguments.option("describe");
            if (describe != null) {
                recording = recording.withDescription(readable("--describe", List.of(describe))[0]);
            }
        } catch (HistoryFormatException e) {
            err.println("orrery: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("orrery: cannot read " + e.getMessage());
            return 2;
        }
        ReplayResult result;
        try {
            result = Replay.of(recording).against(parsed.orThrow());
        } catch (HistoryFormatException e) {
            err.println("orrery: " + e.getMessage());
            return 2;
        }
        if (result.reproduced()) {
            out.println("reproduced");
            recording.missingData().ifPresent(missing -> err.println("orrery: note: " + missing));
            return 0;
        }
        out.println("diverged: " + result);
        return 1;
    }

    private static Path[] readable(String option, List<String> files) throws UsageException {
        Path[] paths = new Path[files.size()];
        for (int i = 0; i < files.size(); i++) {
            Path file = Path.of(files.get(i));
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UsageException("cannot read " + option + " file " + file + ": " + (!Files.exists(file)
                        ? "no such file" : Files.isDirectory(file) ? "a folder" : "not readable"));
            }
            paths[i] = file;
        }
        return paths;
    }
}
