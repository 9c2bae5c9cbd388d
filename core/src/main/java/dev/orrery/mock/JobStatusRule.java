package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@code .sync} job's poll result carries its status, and which statuses end the job well or badly.
 *
 * @param pointer the JSON pointer of the status in a poll result, e.g. {@code /Status}
 * @param succeeded the statuses of a job that ended well
 * @param failed the statuses of a job that ended badly
 */
record JobStatusRule(String pointer, Set<String> succeeded, Set<String> failed) {

    private static final Pattern SYNC = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:([^:]+):([^.:]+)\\.sync(:2)?");

    /**
     * The rules of the optimized integrations' {@code .sync} APIs, keyed by {@code service:api}: the field of the
     * describe call Step Functions polls and its terminal values.
     */
    private static final Map<String, JobStatusRule> BY_API = Map.of(
            "states:startExecution", of("/Status", List.of("SUCCEEDED"), List.of("FAILED", "TIMED_OUT", "ABORTED")),
            "batch:submitJob", of("/Status", List.of("SUCCEEDED"), List.of("FAILED")),
            "glue:startJobRun", of("/JobRunState", List.of("SUCCEEDED", "STOPPED"),
                    List.of("FAILED", "TIMEOUT", "ERROR")),
            "ecs:runTask", of("/LastStatus", List.of("STOPPED"), List.of()),
            "athena:startQueryExecution", of("/QueryExecution/Status/State", List.of("SUCCEEDED"),
                    List.of("FAILED", "CANCELLED")),
            "codebuild:startBuild", of("/Build/BuildStatus", List.of("SUCCEEDED"),
                    List.of("FAILED", "FAULT", "STOPPED", "TIMED_OUT")),
            "elasticmapreduce:addStep", of("/Step/Status/State", List.of("COMPLETED"),
                    List.of("CANCELLED", "FAILED", "INTERRUPTED")),
            "sagemaker:createTrainingJob", of("/TrainingJobStatus", List.of("Completed"),
                    List.of("Failed", "Stopped")));

    static JobStatusRule of(String pointer, List<String> succeeded, List<String> failed) {
        return new JobStatusRule(pointer, Set.copyOf(succeeded), Set.copyOf(failed));
    }

    /** Return the rule of a {@code .sync} resource, or {@code null} when Orrery knows none for it. */
    static @Nullable JobStatusRule forResource(String resource) {
        Matcher sync = SYNC.matcher(resource);
        return sync.matches() ? BY_API.get(sync.group(1) + ":" + sync.group(2)) : null;
    }

    /** Return whether the resource is a {@code .sync} or {@code .sync:2} integration. */
    static boolean isSync(String resource) {
        return SYNC.matcher(resource).matches();
    }

    /** Return the services' APIs Orrery knows the statuses of, sorted. */
    static List<String> knownApis() {
        return BY_API.keySet().stream().sorted().toList();
    }

    /** Return the status a poll result carries, or an empty text when it carries none. */
    String status(JsonNode result) {
        JsonNode status = result.at(pointer);
        return status.isValueNode() ? status.asText() : "";
    }

    /** Return what the poll result tells about the job. */
    JobPoll.Outcome outcome(JsonNode result) {
        String status = status(result);
        if (succeeded.contains(status)) {
            return JobPoll.Outcome.SUCCEEDED;
        }
        return failed.contains(status) ? JobPoll.Outcome.FAILED : JobPoll.Outcome.RUNNING;
    }
}
