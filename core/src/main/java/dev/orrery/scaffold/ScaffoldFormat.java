package dev.orrery.scaffold;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** What a scaffold is written as. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ScaffoldFormat {
    /** A Step Functions Local {@code MockConfigFile.json}, with the test cases' inputs in a file beside it. */
    MOCK_CONFIG("mock-config"),
    /** A JUnit 5 test class using {@code @StateMachineTest} and the fluent mocks. */
    JUNIT("junit"),
    /** A declarative test file ({@code *.orrery.yaml}) that Orrery's test engine runs. */
    ORRERY_YAML("orrery-yaml");

    private final String optionName;

    ScaffoldFormat(String optionName) {
        this.optionName = optionName;
    }

    /**
     * Return the format's name on the command line, e.g. {@code mock-config}.
     *
     * @return the name
     */
    public String optionName() {
        return optionName;
    }

    /**
     * Return the format with the given command line name, or {@code null} when there is none.
     *
     * @param name the name, e.g. {@code junit}
     * @return the format, or {@code null}
     */
    public static @Nullable ScaffoldFormat fromOptionName(String name) {
        for (ScaffoldFormat format : values()) {
            if (format.optionName.equals(name)) {
                return format;
            }
        }
        return null;
    }
}
