package dev.orrery.engine;

import dev.orrery.internal.parser.DefinitionReader;
import dev.orrery.internal.parser.JsonDocument;
import dev.orrery.mock.MockConfigException;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.parse.Diagnostic;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the Step Functions Local mock configuration ({@code MockConfigFile.json}) a test file points at. */
final class MockConfigs {

    private MockConfigs() {}

    /**
     * Read the file's mock configuration, reporting why it cannot be used.
     *
     * @return the configuration and its state machine, or {@code null} when there is none or it is reported
     */
    static @Nullable Loaded load(TestFile file, Problems problems) {
        TestFile.Located named = file.mockConfig();
        if (named == null) {
            return null;
        }
        TestFileLocation.Sibling sibling;
        try {
            sibling = file.named("mockConfig", named.text(), named.position());
        } catch (InvalidTestFileException e) {
            problems.add(e.getMessage());
            return null;
        }
        DefinitionReader.Loaded loaded = DefinitionReader.load(sibling.text(), sibling.label(), false);
        JsonDocument document = loaded.document();
        if (document == null || !loaded.diagnostics().isEmpty()) {
            loaded.diagnostics().stream().map(Diagnostic::toString)
                    .map(message -> message.replace("the definition", "the mock configuration"))
                    .forEach(problems::add);
            return null;
        }
        StepFunctionsLocalMockConfig config;
        try {
            config = StepFunctionsLocalMockConfig.read(document.root());
        } catch (MockConfigException e) {
            problems.add(document.position(e.pointer()) + ": " + e.getMessage());
            return null;
        }
        return machine(file, config, named, problems);
    }

    private static @Nullable Loaded machine(TestFile file, StepFunctionsLocalMockConfig config,
            TestFile.Located named, Problems problems) {
        List<String> machines = config.stateMachines();
        String machine = file.mockConfigMachine();
        if (machine == null && machines.size() == 1) {
            machine = machines.get(0);
        }
        if (machine == null || !machines.contains(machine)) {
            problems.add(named.position(), "\"mockConfig\": " + (machine == null ? "the mock configuration has "
                    + machines.size() + " state machines; name one with \"mockConfigStateMachine\": one of " + machines
                    : "the mock configuration has no state machine \"" + machine + "\"; it has " + machines));
            return null;
        }
        if (config.testCases(machine).stream().anyMatch(String::isBlank)) {
            problems.add(named.position(), "\"mockConfig\": a test case of state machine \"" + machine
                    + "\" has a blank name; name each test case");
            return null;
        }
        return new Loaded(config, machine);
    }

    /**
     * A mock configuration and the state machine whose test cases run.
     *
     * @param config the configuration
     * @param machine the state machine name in it
     */
    record Loaded(StepFunctionsLocalMockConfig config, String machine) {}
}
