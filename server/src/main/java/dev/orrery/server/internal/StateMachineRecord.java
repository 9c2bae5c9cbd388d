package dev.orrery.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.model.StateMachine;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One revision of a state machine as the API describes it; UpdateStateMachine replaces it by a new revision.
 *
 * @param arn the state machine's ARN
 * @param name its name
 * @param type {@code STANDARD} or {@code EXPRESS}
 * @param definition the definition text as sent
 * @param parsed the parsed definition
 * @param roleArn the execution role
 * @param logging the logging configuration, defaults filled in
 * @param tracing the tracing configuration, defaults filled in
 * @param creationDate when it was created (wall clock)
 * @param updateDate when this revision was made (the creation date at first)
 * @param revisionId the revision id, {@code null} until the first update
 * @param description the description, or {@code null}
 */
record StateMachineRecord(
        String arn,
        String name,
        String type,
        String definition,
        StateMachine parsed,
        String roleArn,
        JsonNode logging,
        JsonNode tracing,
        Instant creationDate,
        Instant updateDate,
        @Nullable String revisionId,
        @Nullable String description) {

    boolean express() {
        return type.equals("EXPRESS");
    }
}
