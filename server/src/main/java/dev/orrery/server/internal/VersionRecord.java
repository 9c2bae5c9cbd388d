package dev.orrery.server.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A published version of a state machine: a numbered, immutable copy of one revision.
 *
 * @param arn the version's ARN, {@code <state machine ARN>:<number>}
 * @param number the version number, counted per state machine from 1 and never reused
 * @param revision the revision the version copies (its ARN is the state machine's)
 * @param description the version's description, or {@code null}
 * @param creationDate when it was published (wall clock)
 */
record VersionRecord(String arn, int number, StateMachineRecord revision, @Nullable String description,
        Instant creationDate) {}
