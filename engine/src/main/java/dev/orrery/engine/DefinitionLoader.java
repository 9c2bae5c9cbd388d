package dev.orrery.engine;

import dev.orrery.model.StateMachine;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.StateMachineDefinition;
import dev.orrery.parse.StateMachineDefinitions;
import dev.orrery.parse.StateMachineTemplate;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Loads what a test file tests: its definition, or its template's state machine, found beside the file, else as a
 * class path resource, else relative to the working directory; then substitutes and parses it.
 */
final class DefinitionLoader {

    private DefinitionLoader() {}

    /**
     * Load and parse the state machine of the file.
     *
     * @throws InvalidTestFileException when it cannot be found or is invalid, located where it is named
     */
    static StateMachine load(TestFile file) {
        DefinitionSource source = Objects.requireNonNull(file.definition(), "definition");
        TestFileLocation.Sibling sibling = file.named(source.key(), source.path(), source.at());
        ParseResult result;
        try {
            StateMachineDefinition definition = source.isTemplate() ? fromTemplate(source, sibling)
                    : StateMachineDefinitions.fromText(sibling.text(), sibling.label());
            result = definition.substitute(source.substitutions()).parse();
        } catch (IllegalArgumentException e) {
            throw new InvalidTestFileException(source.at() + ": \"" + source.key() + "\": " + e.getMessage());
        }
        StateMachine machine = result.stateMachine();
        if (machine == null) {
            throw new InvalidTestFileException(source.at() + ": \"" + source.key() + "\": " + sibling.label()
                    + " is not a valid state machine definition:\n  " + result.errors().stream()
                            .map(Diagnostic::toString).collect(Collectors.joining("\n  ")));
        }
        return machine;
    }

    /**
     * Load and parse the definition a test file runs as the child execution of the tasks that name the ARN.
     *
     * @throws InvalidTestFileException when it cannot be found or is invalid, located where it is named
     */
    static StateMachine loadNested(TestFile file, String arn, TestFile.Located definition) {
        String key = "nestedStateMachines/" + arn;
        TestFileLocation.Sibling sibling = file.named(key, definition.text(), definition.position());
        ParseResult result;
        try {
            result = StateMachineDefinitions.fromText(sibling.text(), sibling.label()).parse();
        } catch (IllegalArgumentException e) {
            throw new InvalidTestFileException(definition.position() + ": \"" + key + "\": " + e.getMessage());
        }
        StateMachine machine = result.stateMachine();
        if (machine == null) {
            throw new InvalidTestFileException(definition.position() + ": \"" + key + "\": " + sibling.label()
                    + " is not a valid state machine definition:\n  " + result.errors().stream()
                            .map(Diagnostic::toString).collect(Collectors.joining("\n  ")));
        }
        return machine;
    }

    private static StateMachineDefinition fromTemplate(DefinitionSource source, TestFileLocation.Sibling sibling) {
        StateMachineTemplate template =
                StateMachineDefinitions.fromTemplate(sibling.text(), sibling.label(), sibling.folder());
        return source.stateMachine() == null ? template.stateMachine() : template.stateMachine(source.stateMachine());
    }
}
