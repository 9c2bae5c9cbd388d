package dev.orrery.engine;

import dev.orrery.model.StateMachine;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.StateMachineDefinitions;
import java.util.Objects;
import java.util.stream.Collectors;

/** Loads the definition a test file names: beside the file, else a class path resource, else a working-dir path. */
final class DefinitionLoader {

    private DefinitionLoader() {}

    /**
     * Load and parse the definition of the file.
     *
     * @throws InvalidTestFileException when it cannot be found or is invalid, located at the {@code definition} key
     */
    static StateMachine load(TestFile file) {
        String name = Objects.requireNonNull(file.definition(), "definition");
        TestFileLocation.Sibling sibling = file.named("definition", name, file.definitionAt());
        ParseResult result = StateMachineDefinitions.fromText(sibling.text(), sibling.label()).parse();
        StateMachine machine = result.stateMachine();
        if (machine == null) {
            throw new InvalidTestFileException(file.definitionAt() + ": \"definition\": " + sibling.label()
                    + " is not a valid state machine definition:\n  " + result.errors().stream()
                            .map(Diagnostic::toString).collect(Collectors.joining("\n  ")));
        }
        return machine;
    }
}
