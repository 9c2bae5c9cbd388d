package dev.orrery.server.internal;

import java.time.Instant;

/**
 * An activity.
 *
 * @param arn its ARN
 * @param name its name
 * @param creationDate when it was created (wall clock)
 */
record ActivityRecord(String arn, String name, Instant creationDate) {}
