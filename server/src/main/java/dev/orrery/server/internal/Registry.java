package dev.orrery.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the operations share: the state machines, versions, aliases, executions, activities, tags and task tokens held
 * in memory, and the lookups that answer AWS's errors for an ARN that names nothing. The maps change under
 * {@link #lock}; GetActivityTask polls wait on {@link #progress}, which {@link #progressed} wakes.
 */
final class Registry {

    final @Nullable StepFunctionsLocalMockConfig mocks;
    final Duration activityPoll;
    final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    final Object lock = new Object();
    final Object progress = new Object();
    final Map<String, StateMachineRecord> machines = new LinkedHashMap<>();
    final Map<String, ExecutionRecord> executions = new LinkedHashMap<>();
    final Map<String, ActivityRecord> activities = new LinkedHashMap<>();
    final Map<String, ExecutionRecord> tokenOwners = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> tags = new LinkedHashMap<>();
    final Map<String, VersionRecord> versions = new LinkedHashMap<>();
    final Map<String, Integer> lastVersion = new LinkedHashMap<>();
    final Map<String, AliasRecord> aliases = new LinkedHashMap<>();
    /** How many times an execution progressed; guarded by {@link #progress}. */
    long progressCount;
    private final Clock clock;
    private final SplittableRandom routing = new SplittableRandom();

    Registry(@Nullable StepFunctionsLocalMockConfig mocks, Clock clock, Duration activityPoll) {
        this.mocks = mocks;
        this.clock = clock;
        this.activityPoll = activityPoll;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    StateMachineRecord machine(String arn) {
        Arns.parse(arn, Arns.STATE_MACHINE);
        synchronized (lock) {
            StateMachineRecord machine = machines.get(arn);
            if (machine == null) {
                throw ApiException.stateMachineDoesNotExist(arn);
            }
            return machine;
        }
    }

    @Nullable VersionRecord version(String arn) {
        Arns.parse(arn, Arns.STATE_MACHINE);
        synchronized (lock) {
            return versions.get(arn);
        }
    }

    ExecutionRecord execution(String arn) {
        Arns.parse(arn, Arns.EXECUTION);
        synchronized (lock) {
            ExecutionRecord record = executions.get(arn);
            if (record == null) {
                throw ApiException.executionDoesNotExist(arn);
            }
            return record;
        }
    }

    /** Return the version of the machine's current revision, publishing it first if it has none; under the lock. */
    VersionRecord publish(StateMachineRecord revision, @Nullable String description) {
        for (VersionRecord version : versions.values()) {
            if (version.revision().arn().equals(revision.arn())
                    && Objects.equals(version.revision().revisionId(), revision.revisionId())) {
                return version;
            }
        }
        int number = lastVersion.merge(revision.arn(), 1, Integer::sum);
        VersionRecord version = new VersionRecord(revision.arn() + ":" + number, number, revision, description,
                now());
        versions.put(version.arn(), version);
        return version;
    }

    /** Return the version an execution through the alias runs, drawn by the routing weights. */
    @Nullable VersionRecord routed(AliasRecord alias) {
        int draw;
        synchronized (routing) {
            draw = routing.nextInt(100);
        }
        int sum = 0;
        for (JsonNode item : alias.routing()) {
            sum += item.path("weight").asInt();
            if (draw < sum) {
                synchronized (lock) {
                    return versions.get(item.path("stateMachineVersionArn").asText());
                }
            }
        }
        return null;
    }

    /** Add tags (later keys replace earlier ones); call under the lock. */
    void addTags(String arn, @Nullable JsonNode given) {
        if (given == null || given.isNull()) {
            return;
        }
        Map<String, String> current = tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
        given.forEach(tag -> current.put(tag.path("key").asText(), tag.path("value").asText("")));
    }

    /** Register the tokens an execution hands out and wake the GetActivityTask polls. */
    void progressed(ExecutionRecord record) {
        record.pending().forEach(callback -> tokenOwners.put(callback.taskToken(), record));
        synchronized (progress) {
            progressCount++;
            progress.notifyAll();
        }
    }

    /** Add the {@code variableReferences} of the machine's definition to a Describe answer, when it has any. */
    void putVariableReferences(ObjectNode response, StateMachineRecord machine) {
        try {
            ObjectNode references = VariableReferences.of(mapper.readTree(machine.definition()));
            if (references != null) {
                response.set("variableReferences", references);
            }
        } catch (JsonProcessingException e) {
            // the definition parsed as JSON when it was stored; an unreadable one has no references to report
        }
    }
}
