package dev.orrery.cli;

import dev.orrery.conformance.CaseResult;
import dev.orrery.conformance.ConformanceReport;
import dev.orrery.conformance.ConformanceRunner;
import dev.orrery.conformance.Difference;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code orrery conformance}: replays the recorded corpus and prints the failing cases and the pass rate. */
final class ConformanceCommand {

    private final PrintStream out;
    private final PrintStream err;

    ConformanceCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse("conformance", args, Set.of("report"));
        if (arguments.help()) {
            out.print(Usage.CONFORMANCE);
            return 0;
        }
        if (arguments.positionals().size() != 1) {
            throw new UsageException("'conformance' needs exactly one folder but got " + arguments.positionals());
        }
        Path dir = Path.of(arguments.positionals().get(0));
        ConformanceReport report;
        try {
            if (!Files.isDirectory(dir)) {
                throw new IOException("not a folder");
            }
            report = ConformanceRunner.runAll(dir);
        } catch (IOException e) {
            err.println("orrery: cannot read the conformance folder " + dir + ": " + JsonFiles.describe(e));
            return 2;
        }
        for (CaseResult failure : report.failures()) {
            Difference difference = failure.difference();
            out.println("FAIL " + failure.id() + ": " + (difference == null ? "" : difference.oneLine()));
        }
        report.summaryLines().forEach(out::println);
        String reportFile = arguments.option("report");
        if (reportFile != null) {
            try {
                Files.writeString(Path.of(reportFile), report.toJson().toPrettyString() + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("orrery: cannot write the report " + reportFile + ": " + JsonFiles.describe(e));
                return 2;
            }
        }
        return 0;
    }
}
