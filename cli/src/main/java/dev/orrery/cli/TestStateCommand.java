package dev.orrery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.http.HttpTasks;
import dev.orrery.internal.teststate.RequestJson;
import dev.orrery.internal.teststate.ResponseJson;
import dev.orrery.internal.teststate.TestStateCorpus;
import dev.orrery.teststate.FieldValidationMode;
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
import org.jspecify.annotations.Nullable;

/**
 * {@code orrery test-state}: runs one state as the TestState API does and prints TestState's response JSON, or the
 * error AWS would answer ({@code {"code", "message"}}); {@code --corpus DIR} replays a recorded TestState corpus.
 */
final class TestStateCommand {

    private static final Set<String> OPTIONS = Set.of("definition", "state", "input", "mock", "mock-error",
            "mock-cause", "variables", "context", "state-configuration", "inspection-level", "role-arn",
            "cli-input-json", "corpus", "reveal-secrets", "no-reveal-secrets", "connection", "http-route",
            "field-validation-mode");

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
        TestStateRequest request = revealSecrets(arguments, withOptions(arguments, baseRequest(arguments)));
        HttpTasks http = http(arguments);
        try {
            StateTester tester = StateTester.of(request);
            TestStateResult result = (http == null ? tester : tester.integration(http)).test();
            out.println(ResponseJson.of(result, request.input()).toPrettyString());
            if (result.unvalidatedMock() != null) {
                err.println("orrery: note: " + result.unvalidatedMock());
            }
            return 0;
        } catch (TestStateException e) {
            ObjectNode error = JsonNodeFactory.instance.objectNode().put("code", e.code()).put("message",
                    e.getMessage());
            out.println(error.toPrettyString());
            return 2;
        }
    }

    /**
     * Apply {@code --reveal-secrets} / {@code --no-reveal-secrets} (as the AWS CLI spells them) over the request's
     * {@code revealSecrets}; given neither, a {@code --cli-input-json} request keeps its own.
     */
    private static TestStateRequest revealSecrets(Arguments arguments, TestStateRequest request)
            throws UsageException {
        boolean reveal = arguments.option("reveal-secrets") != null;
        if (reveal && arguments.option("no-reveal-secrets") != null) {
            throw new UsageException("give either --reveal-secrets or --no-reveal-secrets, not both");
        }
        if (reveal || arguments.option("no-reveal-secrets") != null) {
            return request.withRevealSecrets(reveal);
        }
        return request;
    }

    /**
     * The HTTP Tasks integration of {@code --http-route ORIGIN=URL} and {@code --connection ARN=JSON|@FILE}, or
     * {@code null} when neither is given (a Task without a mock then has nothing to answer it).
     */
    private static @Nullable HttpTasks http(Arguments arguments) throws UsageException {
        if (arguments.all("http-route").isEmpty() && arguments.all("connection").isEmpty()) {
            return null;
        }
        HttpTasks.Builder builder = HttpTasks.builder();
        for (String route : arguments.all("http-route")) {
            String[] pair = pair("--http-route", "ORIGIN=URL", route);
            try {
                builder.route(pair[0], pair[1]);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--http-route " + route + ": " + e.getMessage());
            }
        }
        for (String connection : arguments.all("connection")) {
            String[] pair = pair("--connection", "ARN=JSON|@FILE", connection);
            String where = "--connection " + pair[0];
            builder.connection(pair[0], ConnectionJson.read(where, JsonFiles.inlineOrFile(where, pair[1])));
        }
        return builder.build();
    }

    private static String[] pair(String option, String form, String value) throws UsageException {
        int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.length() - 1) {
            throw new UsageException(option + " must be " + form + " but was '" + value + "'");
        }
        return new String[] {value.substring(0, equals), value.substring(equals + 1)};
    }

    /**
     * The request before its options: {@code --cli-input-json}'s, or one with the {@code --definition} file. As the AWS
     * CLI does, the options given next to {@code --cli-input-json} override its fields.
     */
    private static TestStateRequest baseRequest(Arguments arguments) throws UsageException {
        if (arguments.option("cli-input-json") == null) {
            return TestStateRequest.of(JsonFiles.text("--definition", Path.of(arguments.required("definition"))));
        }
        if (arguments.option("definition") != null) {
            throw new UsageException("give either --cli-input-json or --definition, not both");
        }
        try {
            return RequestJson.read(JsonFiles.inlineOrFile("--cli-input-json", arguments.option("cli-input-json")));
        } catch (TestStateException e) {
            throw new UsageException("--cli-input-json: " + e.getMessage());
        }
    }

    private static TestStateRequest withOptions(Arguments arguments, TestStateRequest base) throws UsageException {
        TestStateRequest request = base;
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
            request = request.withMock(TestStateMock.result(json(arguments, "mock"))
                    .withFieldValidationMode(fieldValidationMode(arguments)));
        } else if (arguments.option("field-validation-mode") != null) {
            throw new UsageException("--field-validation-mode needs --mock");
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

    private static FieldValidationMode fieldValidationMode(Arguments arguments) throws UsageException {
        String mode = arguments.option("field-validation-mode");
        try {
            return mode == null ? FieldValidationMode.STRICT : FieldValidationMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--field-validation-mode must be STRICT, PRESENT or NONE but was '" + mode + "'");
        }
    }

    private static StateConfiguration configuration(Arguments arguments) throws UsageException {
        JsonNode node = JsonFiles.inlineOrFile("--state-configuration", arguments.option("state-configuration"));
        JsonNode wrapped = JsonNodeFactory.instance.objectNode().put("definition", "{}").set("stateConfiguration",
                node);
        try {
            StateConfiguration configuration = RequestJson.read(wrapped).stateConfiguration();
            return configuration == null ? StateConfiguration.NONE : configuration;
        } catch (TestStateException e) {
            throw new UsageException("--state-configuration: " + e.getMessage());
        }
    }

    /** The JSON text of an option, checked to be JSON and kept as written (TestState echoes its input text). */
    private static String json(Arguments arguments, String option) throws UsageException {
        String value = arguments.option(option);
        JsonFiles.inlineOrFile("--" + option, value);
        return value.startsWith("@") ? JsonFiles.text("--" + option, Path.of(value.substring(1))) : value;
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
