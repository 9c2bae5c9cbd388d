package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A top-level rule of a Choice state's {@code Choices}: a condition and the state to go to when it holds.
 *
 * @param condition the boolean condition, never {@code null}
 * @param next the {@code Next} state name, never {@code null}
 * @param assign the rule's {@code Assign}, or {@code null}
 * @param output the rule's JSONata {@code Output}, or {@code null}
 * @param comment the {@code Comment}, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ChoiceRule(
        Condition condition,
        String next,
        @Nullable JsonNode assign,
        @Nullable JsonNode output,
        @Nullable String comment) {}
