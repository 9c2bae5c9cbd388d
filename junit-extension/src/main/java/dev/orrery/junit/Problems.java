package dev.orrery.junit;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Builds the configuration errors of the extension: each names the class, the annotation and the fix. */
final class Problems {

    private Problems() {}

    static ExtensionConfigurationException config(Class<?> testClass, String annotation, String problem, String fix) {
        return new ExtensionConfigurationException(
                problem + " for " + annotation + " on " + testClass.getSimpleName() + "; " + fix);
    }

    static ExtensionConfigurationException config(Class<?> testClass, String annotation, String problem, String fix,
            Throwable cause) {
        return new ExtensionConfigurationException(
                problem + " for " + annotation + " on " + testClass.getSimpleName() + "; " + fix, cause);
    }

    static Instant instant(String text, Class<?> testClass) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw config(testClass, Settings.ANNOTATION, "Bad startTime \"" + text + "\"",
                    "write an ISO-8601 instant such as startTime = \"2025-01-01T00:00:00Z\".", e);
        }
    }

    static Duration duration(String text, Class<?> testClass) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw config(testClass, "@MockTask", "Bad latency \"" + text + "\"",
                    "write an ISO-8601 duration such as latency = \"PT2S\".", e);
        }
    }
}
