package dev.orrery.junit.coverage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * How the coverage of a run is written and checked, read from system properties (Maven passes {@code -D} options of
 * the command line to Surefire's forks):
 *
 * <ul>
 *   <li>{@code orrery.coverage.skip}: {@code true} writes nothing and checks nothing;
 *   <li>{@code orrery.coverage.directory}: the report's directory, {@code target/orrery/coverage} by default;
 *   <li>{@code orrery.coverage.minimumStates}, {@code orrery.coverage.minimumTransitions}: the share of states and
 *       transitions each state machine must reach, between 0 and 1, unless its test class sets its own;
 *   <li>{@code orrery.coverage.session}: which part files belong to this run; by default the Maven (or IDE)
 *       process that started this JVM, so the forks of one Surefire run share it and parts of earlier runs are
 *       dropped.
 * </ul>
 *
 * @param skip whether coverage is neither written nor checked
 * @param directory the report's directory
 * @param minimum the minimum shares every state machine must reach
 * @param session the key of this run's part files
 */
record CoverageSettings(boolean skip, Path directory, Thresholds minimum, String session) {

    static final String PREFIX = "orrery.coverage.";

    /** Return the settings of the given properties (the system properties in a real run). */
    static CoverageSettings from(UnaryOperator<@Nullable String> properties) {
        String skip = properties.apply(PREFIX + "skip");
        String directory = properties.apply(PREFIX + "directory");
        String session = properties.apply(PREFIX + "session");
        return new CoverageSettings(skip != null && !skip.equalsIgnoreCase("false"),
                Path.of(directory == null || directory.isBlank() ? "target/orrery/coverage" : directory),
                new Thresholds(share(properties, "minimumStates"), share(properties, "minimumTransitions")),
                session == null || session.isBlank() ? ForkSession.key() : session);
    }

    static CoverageSettings fromSystemProperties() {
        return from(System::getProperty);
    }

    private static double share(UnaryOperator<@Nullable String> properties, String name) {
        String value = properties.apply(PREFIX + name);
        if (value == null || value.isBlank()) {
            return Thresholds.NONE;
        }
        try {
            return Thresholds.check(Double.parseDouble(value.trim().replace("%", "")) / (value.contains("%") ? 100 : 1),
                    "-D" + PREFIX + name);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "-D%s%s=%s is not a number; write a share"
                    + " between 0 and 1, e.g. -D%s%s=0.8", PREFIX, name, value, PREFIX, name), e);
        }
    }

    Path parts() {
        return directory.resolve("parts");
    }
}
