package dev.orrery.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskOutcome;
import org.jspecify.annotations.Nullable;

/**
 * One task call of a recording and what answered it.
 *
 * @param state the Task state that made the call
 * @param resource the recorded resource ({@code invoke}, a function or activity ARN)
 * @param request what the call sent: the {@code parameters} of a service integration, the {@code input} of a Lambda
 *     function or activity; {@code null} when the history does not carry it
 * @param answer the outcome to replay
 * @param ending the type of the event that ended the call, for messages
 * @param scheduledEventId the id of the event that opened the call
 */
public record AnsweredCall(String state, String resource, @Nullable JsonNode request,
        TaskOutcome answer, String ending, long scheduledEventId) {}
