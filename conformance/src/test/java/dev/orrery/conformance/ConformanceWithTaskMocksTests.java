package dev.orrery.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.conformance.CaseComparator;
import dev.orrery.conformance.ConformanceCase;
import dev.orrery.conformance.ConformanceRunner;
import dev.orrery.conformance.Difference;
import dev.orrery.mock.AnswerChain;
import dev.orrery.mock.TaskMocks;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.Execution;
import dev.orrery.run.StateMachineRunner;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Replays the conformance cases whose tasks are plain request-response calls (Lambda, lambda:invoke, SQS, SNS,
 * DynamoDB, EventBridge, aws-sdk) with their recorded results declared through the fluent {@link TaskMocks} API
 * instead of the runner's own replay: every such case that the ratchet expects to pass must pass this way too.
 */
class ConformanceWithTaskMocksTests {

    private static final Pattern PLAIN = Pattern.compile("arn:aws:lambda:[^:]*:\\d+:function:[^:]+"
            + "|arn:aws:states:::(lambda:invoke|sqs:sendMessage|sns:publish|dynamodb:\\w+|events:putEvents"
            + "|aws-sdk:[\\w-]+:\\w+)");

    @Test
    void replays_the_plain_request_response_cases_with_task_mocks() throws IOException {
        String dir = System.getProperty("orrery.conformance.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "Conformance corpus not found: skipping");
        Set<String> knownFailures = knownFailures();
        int subset = 0;
        int passed = 0;
        List<String> regressions = new ArrayList<>();
        for (Path file : ConformanceRunner.caseFiles(Path.of(dir))) {
            ConformanceCase conformanceCase = ConformanceCase.load(file);
            List<String> resources = new ArrayList<>();
            collectTaskResources(conformanceCase.definition(), resources);
            if (resources.isEmpty() || !resources.stream().allMatch(r -> PLAIN.matcher(r).matches())) {
                continue;
            }
            subset++;
            Difference difference = replay(conformanceCase);
            if (difference == null) {
                passed++;
            } else if (!knownFailures.contains(conformanceCase.id())) {
                regressions.add(conformanceCase.id() + ": " + difference);
            }
        }
        System.out.println("Plain request-response cases replayed with TaskMocks: " + passed + "/" + subset + " pass");
        assertThat(subset).isGreaterThan(50);
        assertThat(regressions).as("cases that pass with the runner's replay but not with TaskMocks").isEmpty();
    }

    private static Difference replay(ConformanceCase conformanceCase) {
        try {
            ParseResult parsed = AslParser.parse(conformanceCase.definition().toString(), conformanceCase.id());
            if (!parsed.isValid()) {
                return new Difference("definition", "valid", "invalid");
            }
            Execution execution = StateMachineRunner.create(parsed.orThrow(), mocks(conformanceCase.mocks()),
                    ConformanceRunner.options(conformanceCase.context())).run(conformanceCase.input());
            return CaseComparator.compare(conformanceCase, execution);
        } catch (RuntimeException e) {
            return Difference.exception(e);
        }
    }

    /** Declare each state's recorded calls, in order, as a fluent answer sequence. */
    private static TaskMocks mocks(JsonNode recorded) {
        TaskMocks.Builder builder = TaskMocks.builder();
        for (Map.Entry<String, JsonNode> state : recorded.properties()) {
            AnswerChain chain = null;
            for (JsonNode call : state.getValue()) {
                TaskOutcome recordedOutcome = outcome(call);
                TaskIntegration answer = request -> recordedOutcome;
                chain = chain == null ? builder.state(state.getKey()).answersWith(answer)
                        : chain.thenAnswersWith(answer);
            }
        }
        return builder.build();
    }

    private static TaskOutcome outcome(JsonNode call) {
        if (call.path("event").asText().endsWith("TimedOut")) {
            return TaskOutcome.NoResponse.silent();
        }
        if (call.has("return")) {
            return TaskOutcome.success(call.get("return"));
        }
        JsonNode cause = call.path("throw").get("cause");
        return TaskOutcome.failure(call.path("throw").path("error").asText(), cause == null || cause.isNull() ? null
                : cause.isTextual() ? cause.asText() : cause.toString());
    }

    private static void collectTaskResources(JsonNode node, List<String> resources) {
        if (node.isObject() && "Task".equals(node.path("Type").asText()) && node.path("Resource").isTextual()) {
            resources.add(node.get("Resource").asText());
        }
        node.forEach(child -> collectTaskResources(child, resources));
    }

    private static Set<String> knownFailures() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/conformance-known-failures.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("  #", 2)[0].trim())
                .collect(Collectors.toSet());
    }
}
