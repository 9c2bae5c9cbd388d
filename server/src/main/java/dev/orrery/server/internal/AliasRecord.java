package dev.orrery.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A state machine alias: a name that routes executions to one or two versions by weight.
 *
 * @param arn the alias's ARN, {@code <state machine ARN>:<name>}
 * @param stateMachineArn the state machine's ARN
 * @param name the alias's name
 * @param description the description, or {@code null}
 * @param routing the routing configuration as sent: {@code [{"stateMachineVersionArn", "weight"}]}
 * @param creationDate when it was created (wall clock)
 * @param updateDate when it was last changed (wall clock)
 */
record AliasRecord(String arn, String stateMachineArn, String name, @Nullable String description, JsonNode routing,
        Instant creationDate, Instant updateDate) {}
