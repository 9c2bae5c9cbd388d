package dev.orrery.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.mock.MockConfigException;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.mock.TaskMocks;
import dev.orrery.model.StateMachine;
import dev.orrery.parse.InvalidDefinitionException;
import dev.orrery.parse.ParseResult;
import dev.orrery.parse.StateMachineDefinition;
import dev.orrery.parse.StateMachineDefinitions;
import dev.orrery.parse.StateMachineTemplate;
import dev.orrery.run.StateMachineRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a test class shares between its tests, loaded once: the parsed state machine and the mock configuration.
 *
 * @param settings the class's settings
 * @param testClass the test class, for messages
 * @param stateMachine the parsed definition
 * @param mockConfig the Step Functions Local mock configuration, or {@code null}
 * @param configMachine the state machine of the mock configuration the tests use, empty without one
 */
record ClassFixture(
        Settings settings,
        Class<?> testClass,
        StateMachine stateMachine,
        @Nullable StepFunctionsLocalMockConfig mockConfig,
        String configMachine) {

    static ClassFixture load(Settings settings, Class<?> testClass) {
        StateMachine machine = parse(settings, testClass);
        if (settings.mockConfig().isEmpty()) {
            return new ClassFixture(settings, testClass, machine, null, "");
        }
        StepFunctionsLocalMockConfig config = readConfig(settings, testClass);
        return new ClassFixture(settings, testClass, machine, config, configMachine(settings, testClass, config));
    }

    /** Return the test cases of the mock configuration, in file order; empty without one. */
    List<String> testCases() {
        return mockConfig == null ? List.of() : mockConfig.testCases(configMachine);
    }

    /** Return the mocks every test of the given test case starts from, or {@code null} when there are none. */
    @Nullable TaskMocks baseMocks(String testCase) {
        if (testCase.isEmpty() || mockConfig == null) {
            if (!testCase.isEmpty()) {
                throw problem("Test case \"" + testCase + "\" but no mockConfig",
                        "set mockConfig = \"MockConfigFile.json\" as well.");
            }
            return settings.mocks();
        }
        if (!testCases().contains(testCase)) {
            throw problem("Unknown test case \"" + testCase + "\" of " + settings.mockConfig(),
                    "use one of " + testCases() + ".");
        }
        return mockConfig.testCase(configMachine, testCase);
    }

    RuntimeException problem(String problem, String fix) {
        return Problems.config(testClass, settings.origin(), problem, fix);
    }

    private static StateMachine parse(Settings settings, Class<?> testClass) {
        DefinitionSource source = settings.source();
        String name = source.template().isEmpty() ? settings.definition() : source.template();
        if (name.isEmpty()) {
            throw Problems.config(testClass, settings.origin(), "No definition",
                    "set definition = \"statemachines/order.asl.json\" (a classpath resource or a file path), or"
                            + " template = \"template.yaml\" with stateMachine = \"LogicalId\".");
        }
        if (!source.template().isEmpty() && !settings.definition().isEmpty()) {
            throw Problems.config(testClass, settings.origin(), "Both a definition and a template",
                    "set either definition or template.");
        }
        ParseResult result = definition(settings, testClass, name).parse();
        if (!result.isValid()) {
            throw Problems.config(testClass, settings.origin(), "Invalid definition " + name,
                    "fix these problems:\n" + String.join("\n", result.errors().stream().map(Object::toString).toList()));
        }
        StateMachine machine = result.orThrow();
        if (settings.type() == WorkflowType.EXPRESS) {
            try {
                StateMachineRunner.createExpress(machine, TaskMocks.none(), settings.options());
            } catch (InvalidDefinitionException e) {
                throw Problems.config(testClass, settings.origin(), "Definition " + name
                        + " cannot run as an Express workflow", "remove what Express forbids or use type = "
                        + "WorkflowType.STANDARD:\n" + String.join("\n",
                                e.diagnostics().stream().map(Object::toString).toList()));
            }
        }
        return machine;
    }

    /** Return the definition of the class: its file or resource, or its template's state machine, substituted. */
    private static StateMachineDefinition definition(Settings settings, Class<?> testClass, String name) {
        DefinitionSource source = settings.source();
        Map<String, String> values = source.values(testClass, settings.origin());
        try {
            if (source.template().isEmpty()) {
                String text = Resources.read(name, testClass);
                if (text == null) {
                    throw Problems.config(testClass, settings.origin(), "No definition \"" + name + "\" found",
                            Resources.whereToPut(name));
                }
                return StateMachineDefinitions.fromText(text, name).substitute(values);
            }
            Path file = Resources.file(name, testClass);
            StateMachineTemplate template;
            if (file != null) {
                template = StateMachineDefinitions.fromTemplate(file);
            } else {
                String text = Resources.read(name, testClass);
                if (text == null) {
                    throw Problems.config(testClass, settings.origin(), "No template \"" + name + "\" found",
                            Resources.whereToPut(name));
                }
                template = StateMachineDefinitions.fromTemplate(text, name, null);
            }
            return (source.stateMachine().isEmpty() ? template.stateMachine()
                    : template.stateMachine(source.stateMachine())).substitute(values);
        } catch (IllegalArgumentException e) {
            throw Problems.config(testClass, settings.origin(), "Cannot use template " + name, e.getMessage()
                    + (source.stateMachine().isEmpty() ? " (set stateMachine = \"LogicalId\")." : "."));
        }
    }

    private static StepFunctionsLocalMockConfig readConfig(Settings settings, Class<?> testClass) {
        String name = settings.mockConfig();
        String text = Resources.read(name, testClass);
        if (text == null) {
            throw Problems.config(testClass, settings.origin(), "No mock configuration \"" + name + "\" found",
                    Resources.whereToPut(name));
        }
        JsonNode json = Resources.json(text);
        if (json == null) {
            throw Problems.config(testClass, settings.origin(), "Mock configuration " + name + " is not JSON "
                    + Resources.whyNotJson(text),
                    "fix its syntax.");
        }
        try {
            return StepFunctionsLocalMockConfig.read(json);
        } catch (MockConfigException e) {
            throw Problems.config(testClass, settings.origin(), "Bad mock configuration " + name,
                    "fix it: " + e.getMessage(), e);
        }
    }

    private static String configMachine(Settings settings, Class<?> testClass, StepFunctionsLocalMockConfig config) {
        String wanted = settings.mockConfigStateMachine();
        List<String> machines = config.stateMachines();
        if (wanted.isEmpty() && machines.size() == 1) {
            return machines.get(0);
        }
        if (machines.contains(wanted)) {
            return wanted;
        }
        throw Problems.config(testClass, settings.origin(),
                wanted.isEmpty() ? "Mock configuration " + settings.mockConfig() + " has several state machines"
                        : "Mock configuration " + settings.mockConfig() + " has no state machine \"" + wanted + "\"",
                "set mockConfigStateMachine to one of " + machines + ".");
    }
}
