package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.jsonpath.CompiledPath;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** Factories of {@link RequestMatcher}s: by state, resource, call number, retry attempt, Map item and payload. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RequestMatchers {

    private RequestMatchers() {}

    /**
     * Match every call.
     *
     * @return the matcher
     */
    public static RequestMatcher anyRequest() {
        return RequestMatcher.of("any call", request -> true);
    }

    /**
     * Match the calls of the Task state with the given name.
     *
     * @param stateName the name of the Task state, never {@code null}
     * @return the matcher
     */
    public static RequestMatcher state(String stateName) {
        Objects.requireNonNull(stateName, "stateName");
        return RequestMatcher.of("state \"" + stateName + "\"", r -> r.stateName().equals(stateName));
    }

    /**
     * Match the calls whose {@code Resource} matches a pattern in which {@code *} stands for any text, e.g.
     * {@code arn:aws:states:::dynamodb:*} or {@code arn:aws:lambda:*:function:charge-*}.
     *
     * @param pattern the resource pattern, never {@code null}
     * @return the matcher
     */
    public static RequestMatcher resource(String pattern) {
        Pattern regex = glob(Objects.requireNonNull(pattern, "pattern"));
        return RequestMatcher.of("resource " + pattern, r -> regex.matcher(r.resource()).matches());
    }

    /**
     * Match the {@code nth} call (1-based) of each state, retries included.
     *
     * @param nth the 1-based call number
     * @return the matcher
     */
    public static RequestMatcher call(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("call numbers start at 1 but was " + nth);
        }
        return RequestMatcher.of("call #" + (nth - 1) + " (0-based)", r -> r.invocation() == nth - 1);
    }

    /**
     * Match the calls made by the given retry attempt ({@code $$.State.RetryCount}: 0 for the first attempt).
     *
     * @param retryCount the retry count, 0 for the first attempt
     * @return the matcher
     */
    public static RequestMatcher retryCount(int retryCount) {
        return RequestMatcher.of("retry count " + retryCount, r -> r.retryCount() == retryCount);
    }

    /**
     * Match the calls made for the Map item with the given 0-based index ({@code $$.Map.Item.Index}).
     *
     * @param index the 0-based item index
     * @return the matcher
     */
    public static RequestMatcher mapItemIndex(int index) {
        return RequestMatcher.of("Map item #" + index,
                r -> r.contextAt("/Map/Item/Index").isInt() && r.contextAt("/Map/Item/Index").asInt() == index);
    }

    /**
     * Match the calls made for a Map item whose value ({@code $$.Map.Item.Value}) equals the given JSON.
     *
     * @param value the item's value, never {@code null}
     * @return the matcher
     */
    public static RequestMatcher mapItemValue(JsonNode value) {
        Objects.requireNonNull(value, "value");
        return RequestMatcher.of("Map item value " + value, r -> value.equals(r.contextAt("/Map/Item/Value")));
    }

    /**
     * Match the calls whose effective payload equals the given JSON.
     *
     * @param expected the expected payload, never {@code null}
     * @return the matcher
     */
    public static RequestMatcher payload(JsonNode expected) {
        Objects.requireNonNull(expected, "expected");
        return RequestMatcher.of("payload " + expected, r -> expected.equals(r.payload()));
    }

    /**
     * Match the calls whose payload contains the given JSON: every field of every object, recursively.
     *
     * @param subset the JSON the payload must contain, never {@code null}
     * @return the matcher
     */
    public static RequestMatcher payloadContains(JsonNode subset) {
        Objects.requireNonNull(subset, "subset");
        return RequestMatcher.of("payload containing " + subset, r -> JsonSubset.contains(r.payload(), subset));
    }

    /**
     * Match the calls whose payload has the given value at a JSONPath such as {@code $.order.id}.
     *
     * @param path the JSONPath into the payload, never {@code null}
     * @param expected the expected value, never {@code null}
     * @return the matcher
     */
    public static RequestMatcher payloadAt(String path, JsonNode expected) {
        Objects.requireNonNull(expected, "expected");
        return payloadAt(path, "= " + expected, expected::equals);
    }

    /**
     * Match the calls whose payload's value at a JSONPath satisfies the predicate (never given {@code null}).
     *
     * @param path the JSONPath into the payload, never {@code null}
     * @param description the predicate's description for messages, never {@code null}
     * @param predicate the test of the value, never {@code null}
     * @return the matcher
     */
    public static RequestMatcher payloadAt(String path, String description, Predicate<JsonNode> predicate) {
        CompiledPath compiled = compile(path);
        return RequestMatcher.of("payload " + path + " " + description, r -> {
            JsonNode selected = compiled.select(r.payload(), EvaluationContext.of(r.context()));
            return selected != null && predicate.test(selected);
        });
    }

    private static CompiledPath compile(String path) {
        try {
            return CompiledPath.compile(Objects.requireNonNull(path, "path"));
        } catch (ExpressionSyntaxException e) {
            throw new IllegalArgumentException("invalid JSONPath " + path + ": " + e.getMessage(), e);
        }
    }

    private static Pattern glob(String pattern) {
        StringJoiner regex = new StringJoiner(".*");
        for (String part : pattern.split("\\*", -1)) {
            regex.add(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
