package dev.orrery.internal.scaffold;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The placeholder result of a {@code .sync} job other than a nested execution: the job's description when it ends.
 * Orrery has no shape model of these descriptions, so only the status field Step Functions polls is filled in, with a
 * status that ends the job well, and the note says the rest is to be filled in.
 */
final class SyncJobs {

    private static final Map<String, String[]> STATUS = Map.of(
            "batch:submitJob", new String[] {"Status", "SUCCEEDED"},
            "ecs:runTask", new String[] {"LastStatus", "STOPPED"},
            "glue:startJobRun", new String[] {"JobRunState", "SUCCEEDED"},
            "codebuild:startBuild", new String[] {"Build.BuildStatus", "SUCCEEDED"},
            "athena:startQueryExecution", new String[] {"QueryExecution.Status.State", "SUCCEEDED"},
            "elasticmapreduce:addStep", new String[] {"Step.Status.State", "COMPLETED"},
            "sagemaker:createTrainingJob", new String[] {"TrainingJobStatus", "Completed"});

    private SyncJobs() {}

    static Placeholder of(String operation, String suffix) {
        String[] status = STATUS.get(operation);
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        if (status == null) {
            return new Placeholder(value, operation + suffix,
                    "Orrery knows no shape of this job's description: fill in its result");
        }
        String[] path = status[0].split("\\.");
        ObjectNode at = value;
        for (int i = 0; i < path.length - 1; i++) {
            at = at.putObject(path[i]);
        }
        at.put(path[path.length - 1], status[1]);
        return new Placeholder(value, operation + suffix, "only " + status[0] + " is filled in: Orrery has no shape"
                + " model of the job description a " + suffix + " task returns");
    }
}
