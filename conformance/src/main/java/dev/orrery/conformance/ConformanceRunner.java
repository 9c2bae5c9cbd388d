package dev.orrery.conformance;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.parse.AslParser;
import dev.orrery.parse.Diagnostic;
import dev.orrery.parse.ParseResult;
import dev.orrery.run.Execution;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.run.StateMachineRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/** Runs conformance cases against Orrery's interpreter; never throws for a failing case. */
@API(status = INTERNAL, since = "0.1")
public final class ConformanceRunner {

    private static final Pattern ACTIVITY = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:activity:.+");

    private ConformanceRunner() {}

    /**
     * Run every case file ({@code *.json}) of the folder, in file name order.
     *
     * @throws IOException when the folder cannot be listed
     */
    public static ConformanceReport runAll(Path dir) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        for (Path file : caseFiles(dir)) {
            results.add(run(file));
        }
        return new ConformanceReport(results);
    }

    /** Return the case files of the folder, sorted by name. */
    public static List<Path> caseFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }

    /** Load and run one case file; a file that cannot be read fails with field {@code exception}. */
    public static CaseResult run(Path file) {
        ConformanceCase conformanceCase;
        try {
            conformanceCase = ConformanceCase.load(file);
        } catch (IOException | RuntimeException e) {
            return new CaseResult(file.getFileName().toString(), "?", List.of(), List.of(), false,
                    Difference.exception(e));
        }
        return run(conformanceCase);
    }

    /** Run one case and compare the execution with the recording. */
    public static CaseResult run(ConformanceCase conformanceCase) {
        try {
            ParseResult parsed = AslParser.parse(conformanceCase.definition().toString(), conformanceCase.id());
            if (!parsed.isValid()) {
                return CaseResult.of(conformanceCase, new Difference("definition", "a valid definition",
                        parsed.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("; "))));
            }
            Execution execution = StateMachineRunner
                    .create(parsed.orThrow(), CaseMocks.of(conformanceCase), options(conformanceCase.context()))
                    .withActivities(recordedActivities(conformanceCase))
                    .run(conformanceCase.input());
            return CaseResult.of(conformanceCase, CaseComparator.compare(conformanceCase, execution));
        } catch (RuntimeException e) {
            return CaseResult.of(conformanceCase, Difference.exception(e));
        }
    }

    /**
     * Return the activities the recording shows to exist: those of the activity Task states whose calls it recorded
     * (a recording of a task on an activity without any call is one on a deleted activity).
     */
    static String[] recordedActivities(ConformanceCase conformanceCase) {
        Set<String> arns = new TreeSet<>();
        collectActivities(conformanceCase.definition(), conformanceCase.mocks(), arns);
        return arns.toArray(String[]::new);
    }

    private static void collectActivities(JsonNode node, JsonNode mocks, Set<String> arns) {
        if (node.isObject() && node.path("States").isObject()) {
            node.get("States").fields().forEachRemaining(state -> {
                String resource = state.getValue().path("Resource").asText();
                if (ACTIVITY.matcher(resource).matches() && mocks.path(state.getKey()).size() > 0) {
                    arns.add(resource);
                }
            });
        }
        node.forEach(child -> collectActivities(child, mocks, arns));
    }

    /** Return the options that reproduce the recording's Context object names. */
    public static ExecutionOptions options(JsonNode context) {
        ExecutionOptions options = ExecutionOptions.defaults();
        if (context.path("accountId").isTextual()) {
            options = options.withAccountId(context.get("accountId").asText());
        }
        if (context.path("region").isTextual()) {
            options = options.withRegion(context.get("region").asText());
        }
        if (context.path("stateMachineName").isTextual()) {
            options = options.withStateMachineName(context.get("stateMachineName").asText());
        }
        if (context.path("executionName").isTextual()) {
            options = options.withExecutionName(context.get("executionName").asText());
        }
        if (context.path("roleArn").isTextual()) {
            options = options.withRoleArn(context.get("roleArn").asText());
        }
        return options;
    }
}
