package dev.orrery.cli;

import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.server.StepFunctionsServer;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * {@code orrery serve}: the Step Functions API on a local port until stopped; prints one line when ready.
 */
final class ServeCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final CountDownLatch stop;

    /** Create the command as {@code main} runs it: stopped by SIGTERM or Ctrl-C. */
    ServeCommand(PrintStream out, PrintStream err) {
        this(out, err, System.getenv(), null);
    }

    /** Create the command with the given environment, stopped when {@code stop} opens (or by the JVM's shutdown). */
    ServeCommand(PrintStream out, PrintStream err, Map<String, String> environment, @Nullable CountDownLatch stop) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.stop = stop;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse("serve", args, Set.of("port", "host", "mock-config", "coverage"));
        if (arguments.help()) {
            out.print(Usage.SERVE);
            return 0;
        }
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("'serve' takes no positional arguments but got " + arguments.positionals());
        }
        StepFunctionsServer.Options options = StepFunctionsServer.Options.defaults().withLog(err)
                .withHost(arguments.options().getOrDefault("host", "127.0.0.1"))
                .withPort(port(arguments.options().getOrDefault("port",
                        String.valueOf(StepFunctionsServer.Options.DEFAULT_PORT))));
        String config = arguments.option("mock-config");
        String source = "--mock-config";
        if (config == null && environment.get("SFN_MOCK_CONFIG") != null) {
            config = environment.get("SFN_MOCK_CONFIG");
            source = "SFN_MOCK_CONFIG";
        }
        if (config != null) {
            options = options.withMockConfig(mockConfig(source, config));
        }
        String coverageDirectory = arguments.option("coverage");
        ServedCoverage coverage = coverageDirectory == null ? null : new ServedCoverage(Path.of(coverageDirectory));
        options = options.withCoverage(coverage);
        StepFunctionsServer server;
        try {
            server = StepFunctionsServer.start(options);
        } catch (UncheckedIOException e) {
            err.println("orrery: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = stop != null ? stop : new CountDownLatch(1);
        if (stop == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                if (coverage != null) {
                    coverage.write(err);
                }
                stopped.countDown();
            }, "orrery-serve-shutdown"));
        }
        out.println("Orrery Step Functions endpoint on " + server.uri());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            if (coverage != null) {
                coverage.write(err);
            }
        }
        return 0;
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--port must be a number from 0 to 65535 but was '" + value + "'");
    }

    private static StepFunctionsLocalMockConfig mockConfig(String source, String file) throws UsageException {
        try {
            return StepFunctionsLocalMockConfig.read(JsonFiles.file(source, Path.of(file)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(source + " file " + file + ": " + e.getMessage());
        }
    }
}
