package dev.orrery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.teststate.RequestJson;
import dev.orrery.internal.teststate.TestStateCorpus;
import dev.orrery.teststate.InspectionLevel;
import dev.orrery.teststate.StateConfiguration;
import dev.orrery.teststate.StateTester;
import dev.orrery.teststate.TestStateException;
import dev.orrery.teststate.TestStateMock;
import dev.orrery.teststate.TestStateRequest;
import dev.orrery.teststate.TestStateResult;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code orrery test-state}: runs one state as the TestState API does and prints TestState's response JSON, or the
 * error AWS would answer ({@code {"code", "message"}}); {@code --corpus DIR} replays a recorded TestState corpus.
 */
final class TestStateCommand {

    private static final Set<String> OPTIONS = Set.of("definition", "state", "input", "mock", "mock-error",
            "mock-cause", "variables", "context", "state-configuration", "inspection-level", "role-arn",
            "cli-input-json", "corpus");

    private final PrintStream out;
    private final PrintStream err;

    TestStateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse("test-state", args, OPTIONS);
        if (arguments.help()) {
            out.print(Usage.TEST_STATE);
            return 0;
        }
        if (arguments.option("corpus") != null) {
            return corpus(Path.of(arguments.option("corpus")));
        }
        TestStateRequest request = arguments.option("cli-input-json") != null ? fromCliInput(arguments)
                : fromOptions(arguments);
        try {
            TestStateResult result = StateTester.of(request).test();
            out.println(result.toJson().toPrettyString());
            if (result.unvalidatedMock() != null) {
                err.println("orrery: note: " + result.unvalidatedMock());
            }
            return 0;
        } catch (TestStateException e) {
            ObjectNode error = JsonFiles.MAPPER.createObjectNode().put("code", e.code()).put("message",
                    e.getMessage());
            out.println(error.toPrettyString());
            return 2;
        }
    }

    private TestStateRequest fromCliInput(Arguments arguments) throws UsageException {
        try {
            return RequestJson.read(JsonFiles.inlineOrFile("--cli-input-json", arguments.option("cli-input-json")));
        } catch (TestStateException e) {
            throw new UsageException("--cli-input-json: " + e.getMessage());
        }
    }

    private static TestStateRequest fromOptions(Arguments arguments) throws UsageException {
        String definitionFile = arguments.required("definition");
        TestStateRequest request = TestStateRequest.of(JsonFiles.text("--definition", Path.of(definitionFile)));
        if (arguments.option("state") != null) {
            request = request.withStateName(arguments.option("state"));
        }
        if (arguments.option("input") != null) {
            request = request.withInput(json(arguments, "input"));
        }
        if (arguments.option("variables") != null) {
            request = request.withVariables(json(arguments, "variables"));
        }
        if (arguments.option("context") != null) {
            request = request.withContext(json(arguments, "context"));
        }
        if (arguments.option("role-arn") != null) {
            request = request.withRoleArn(arguments.option("role-arn"));
        }
        if (arguments.option("mock") != null) {
            request = request.withMock(TestStateMock.result(json(arguments, "mock")));
        }
        if (arguments.option("mock-error") != null) {
            if (arguments.option("mock") != null) {
                throw new UsageException("give either --mock or --mock-error, not both");
            }
            request = request.withMock(TestStateMock.error(arguments.option("mock-error"),
                    arguments.option("mock-cause")));
        } else if (arguments.option("mock-cause") != null) {
            throw new UsageException("--mock-cause needs --mock-error");
        }
        if (arguments.option("state-configuration") != null) {
            request = request.withStateConfiguration(configuration(arguments));
        }
        String level = arguments.option("inspection-level");
        if (level != null) {
            try {
                request = request.withInspectionLevel(InspectionLevel.valueOf(level));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--inspection-level must be INFO, DEBUG or TRACE but was '" + level + "'");
            }
        }
        return request;
    }

    private static StateConfiguration configuration(Arguments arguments) throws UsageException {
        JsonNode node = JsonFiles.inlineOrFile("--state-configuration", arguments.option("state-configuration"));
        JsonNode wrapped = JsonFiles.MAPPER.createObjectNode().put("definition", "{}").set("stateConfiguration",
                node);
        try {
            StateConfiguration configuration = RequestJson.read(wrapped).stateConfiguration();
            return configuration == null ? StateConfiguration.NONE : configuration;
        } catch (TestStateException e) {
            throw new UsageException("--state-configuration: " + e.getMessage());
        }
    }

    private static String json(Arguments arguments, String option) throws UsageException {
        return JsonFiles.inlineOrFile("--" + option, arguments.option(option)).toString();
    }

    private int corpus(Path dir) {
        if (!Files.isDirectory(dir)) {
            err.println("orrery: cannot read the TestState corpus folder " + dir + ": not a folder");
            return 2;
        }
        List<TestStateCorpus.CaseResult> results = TestStateCorpus.run(dir);
        results.stream().filter(r -> !r.passed()).forEach(r -> out.println("FAIL " + r.id() + ": " + r.difference()));
        long passed = results.stream().filter(TestStateCorpus.CaseResult::passed).count();
        out.println("TestState: " + passed + "/" + results.size() + " cases pass");
        return 0;
    }
}
