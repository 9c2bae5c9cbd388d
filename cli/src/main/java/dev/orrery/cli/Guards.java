package dev.orrery.cli;

import dev.orrery.run.ExecutionLimitExceededException;
import dev.orrery.run.ExecutionOptions;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The run guards as command-line options: {@code --max-transitions} and {@code --max-virtual-duration}. */
final class Guards {

    /** The exit code of a run a guard stopped: neither an AWS outcome (1) nor an unmocked task (3). */
    static final int EXIT_CODE = 4;

    private Guards() {}

    /** Return the default options with the guards the arguments set. */
    static ExecutionOptions options(Arguments arguments) throws UsageException {
        ExecutionOptions options = ExecutionOptions.defaults();
        String transitions = arguments.option("max-transitions");
        if (transitions != null) {
            options = options.withMaxTransitions(positiveInt("--max-transitions", transitions));
        }
        String duration = arguments.option("max-virtual-duration");
        if (duration != null) {
            options = options.withMaxVirtualDuration(duration(duration));
        }
        return options;
    }

    /**
     * Return the guard's message in the words of the command line: the options to raise instead of the
     * {@code ExecutionOptions} methods.
     */
    static String describe(ExecutionLimitExceededException e) {
        return String.valueOf(e.getMessage())
                .replace("set ExecutionOptions.maxTransitions", "pass --max-transitions N")
                .replace("set ExecutionOptions.maxVirtualDuration", "pass --max-virtual-duration SECONDS");
    }

    private static int positiveInt(String option, String value) throws UsageException {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a whole number from 1 to " + Integer.MAX_VALUE + " but was '"
                + value + "'");
    }

    /** Parse a number of seconds or an ISO-8601 duration such as {@code P30D} or {@code PT5M}. */
    private static Duration duration(String value) throws UsageException {
        @Nullable Duration parsed = null;
        try {
            parsed = value.startsWith("P") || value.startsWith("p") ? Duration.parse(value)
                    : Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            // reported below
        }
        if (parsed == null || parsed.isNegative() || parsed.isZero()) {
            throw new UsageException("--max-virtual-duration must be a positive number of seconds or an ISO-8601 "
                    + "duration such as P30D or PT5M but was '" + value + "'");
        }
        return parsed;
    }
}
