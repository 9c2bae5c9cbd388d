package dev.orrery.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value as a {@link JsonAssert} sees it: the node, where it was read from, and what it belongs to.
 *
 * @param subject what the JSON belongs to, e.g. {@code output of execution "order-42"}, never {@code null}
 * @param location the JSONPath of the value inside its subject, e.g. {@code $.order.id}, never {@code null}
 * @param node the value, or {@code null} when nothing is at the location (missing)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JsonValue(String subject, String location, @Nullable JsonNode node) {

    /**
     * Check that the subject and location are given and store a missing node as {@code null}.
     *
     * @param subject what the JSON belongs to, never {@code null}
     * @param location the JSONPath of the value, never {@code null}
     * @param node the value, or {@code null} when missing
     */
    public JsonValue {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(location, "location");
        node = node == null || node.isMissingNode() ? null : node;
    }

    /**
     * Return a root value (at {@code $}) of the given subject.
     *
     * @param subject what the JSON belongs to, never {@code null}
     * @param node the value, or {@code null} when missing
     * @return the value
     */
    public static JsonValue of(String subject, @Nullable JsonNode node) {
        return new JsonValue(subject, "$", node);
    }

    /**
     * Return whether nothing is at the location.
     *
     * @return {@code true} when missing
     */
    public boolean isMissing() {
        return node == null;
    }

    @Override
    public String toString() {
        return node == null ? "(missing)" : node.toString();
    }
}
