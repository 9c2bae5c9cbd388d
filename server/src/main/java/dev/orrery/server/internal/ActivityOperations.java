package dev.orrery.server.internal;

import static dev.orrery.server.internal.ApiJson.NODES;
import static dev.orrery.server.internal.ApiJson.date;
import static dev.orrery.server.internal.ApiJson.integer;
import static dev.orrery.server.internal.ApiJson.putToken;
import static dev.orrery.server.internal.ApiJson.requireValidName;
import static dev.orrery.server.internal.ApiJson.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.run.ExecutionStatus;
import dev.orrery.run.PendingCallback;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The activity operations: CreateActivity, DescribeActivity, DeleteActivity, ListActivities and GetActivityTask (a long
 * poll bounded in wall time).
 */
final class ActivityOperations {

    private final Registry registry;

    ActivityOperations(Registry registry) {
        this.registry = registry;
    }

    ObjectNode createActivity(ObjectNode request, String region) {
        String name = request.get("name").asText();
        requireValidName(name);
        String arn = Arns.activity(region, StepFunctionsService.ACCOUNT, name);
        ActivityRecord activity;
        synchronized (registry.lock) {
            activity = registry.activities.computeIfAbsent(arn, a -> new ActivityRecord(a, name, registry.now()));
            registry.addTags(arn, request.get("tags"));
        }
        ObjectNode response = NODES.objectNode().put("activityArn", arn);
        response.set("creationDate", date(activity.creationDate()));
        return response;
    }

    ObjectNode describeActivity(ObjectNode request) {
        ActivityRecord activity = activity(request.get("activityArn").asText());
        ObjectNode response = NODES.objectNode().put("activityArn", activity.arn()).put("name", activity.name());
        response.set("creationDate", date(activity.creationDate()));
        response.set("encryptionConfiguration", NODES.objectNode().put("type", "AWS_OWNED_KEY"));
        return response;
    }

    ObjectNode deleteActivity(ObjectNode request) {
        String arn = request.get("activityArn").asText();
        Arns.parse(arn, Arns.ACTIVITY);
        synchronized (registry.lock) {
            registry.activities.remove(arn);
            registry.tags.remove(arn);
        }
        return NODES.objectNode();
    }

    ObjectNode listActivities(ObjectNode request) {
        List<ActivityRecord> all;
        synchronized (registry.lock) {
            all = new ArrayList<>(registry.activities.values());
        }
        var page = Pages.page(all, integer(request, "maxResults"), text(request, "nextToken", null),
                "ListActivities");
        ObjectNode response = NODES.objectNode();
        ArrayNode list = response.putArray("activities");
        for (ActivityRecord activity : page.items()) {
            list.addObject().put("activityArn", activity.arn()).put("name", activity.name())
                    .set("creationDate", date(activity.creationDate()));
        }
        putToken(response, page.nextToken());
        return response;
    }

    private ActivityRecord activity(String arn) {
        Arns.parse(arn, Arns.ACTIVITY);
        synchronized (registry.lock) {
            ActivityRecord activity = registry.activities.get(arn);
            if (activity == null) {
                throw ApiException.activityDoesNotExist(arn);
            }
            return activity;
        }
    }

    ObjectNode getActivityTask(ObjectNode request) {
        ActivityRecord activity = activity(request.get("activityArn").asText());
        String worker = text(request, "workerName", null);
        long deadline = System.nanoTime() + registry.activityPoll.toNanos();
        while (true) {
            long version;
            synchronized (registry.progress) {
                version = registry.progressCount;
            }
            Optional<PendingCallback> task = takeTask(activity.arn(), worker);
            if (task.isPresent()) {
                return NODES.objectNode().put("taskToken", task.get().taskToken())
                        .put("input", task.get().parameters().toString());
            }
            synchronized (registry.progress) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return NODES.objectNode();
                }
                if (registry.progressCount == version) {
                    try {
                        registry.progress.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return NODES.objectNode();
                    }
                }
            }
        }
    }

    private Optional<PendingCallback> takeTask(String activityArn, @Nullable String worker) {
        List<ExecutionRecord> running;
        synchronized (registry.lock) {
            running = registry.executions.values().stream().filter(r -> r.status() == ExecutionStatus.RUNNING).toList();
        }
        for (ExecutionRecord record : running) {
            Optional<PendingCallback> task = record.takeActivityTask(activityArn, worker);
            if (task.isPresent()) {
                return task;
            }
        }
        return Optional.empty();
    }
}
