package dev.orrery.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code orrery} command line: {@code run}, {@code validate}, {@code conformance}, {@code test-state},
 * {@code serve}, {@code replay} and {@code scaffold}.
 *
 * <p>{@link #run(String[], PrintStream, PrintStream)} returns the exit code, so tests need no {@code System.exit}.
 */
public final class Main {

    /** The exit code of an error inside Orrery, distinct from a failed run or an invalid definition (1). */
    static final int INTERNAL_ERROR = 70;

    private Main() {}

    /**
     * Run the command line and exit with its code.
     *
     * @param args the command and its options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Run the command line, writing results to {@code out} and problems to {@code err}.
     *
     * @param args the command and its options
     * @param out where results go
     * @param err where problems go
     * @return the exit code: 0 success, 1 failure (execution or validation), 2 bad usage, 3 an unmocked task,
     *     70 an internal error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(Usage.MAIN);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "run" -> new RunCommand(out, err).run(rest);
                case "validate" -> new ValidateCommand(out, err).run(rest);
                case "conformance" -> new ConformanceCommand(out, err).run(rest);
                case "test-state" -> new TestStateCommand(out, err).run(rest);
                case "serve" -> new ServeCommand(out, err).run(rest);
                case "replay" -> new ReplayCommand(out, err).run(rest);
                case "scaffold" -> new ScaffoldCommand(out, err).run(rest);
                case "--help", "-h", "help" -> {
                    out.print(Usage.MAIN);
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("orrery: " + e.getMessage());
            err.println("Run 'orrery --help' for usage.");
            return 2;
        } catch (RuntimeException e) {
            err.println(unexpected(e));
            return INTERNAL_ERROR;
        }
    }

    /**
     * Describe an exception no command expects, a bug in Orrery: one line with the exception and the place it was
     * thrown, to quote in a bug report, instead of a stack trace.
     */
    static String unexpected(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " (at " + trace[0] + ")";
        return "orrery: unexpected error, please report it as a bug: " + e + where;
    }
}
