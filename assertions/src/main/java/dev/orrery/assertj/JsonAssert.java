package dev.orrery.assertj;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.internal.json.StrictJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractBigDecimalAssert;
import org.assertj.core.api.AbstractBooleanAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.BigDecimalAssert;
import org.assertj.core.api.BooleanAssert;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.MapAssert;
import org.assertj.core.api.StringAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a JSON value: navigate by JSONPath or JSON pointer, compare with JSON text ignoring key order, and
 * hand over to AssertJ's own asserts through typed views.
 *
 * <p>Reach it from {@link ExecutionAssert#output()}, {@link StateAssert#output(int)} and the like, or with
 * {@link OrreryAssertions#assertThat(JsonNode)}. Every failure message says what the JSON belongs to and at which
 * JSONPath the mismatch is.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class JsonAssert extends AbstractAssert<JsonAssert, JsonValue> {

    Navigator navigator = Navigator.HARD;

    /**
     * Create an assert over the value; prefer {@link OrreryAssertions#assertThat(JsonNode)}.
     *
     * @param actual the value, never {@code null}
     */
    public JsonAssert(JsonValue actual) {
        super(actual, JsonAssert.class);
    }

    static JsonAssert navigate(Navigator navigator, JsonValue value) {
        JsonAssert json = navigator.assertFor(JsonAssert.class, JsonValue.class, value, JsonAssert::new);
        json.navigator = navigator;
        return json;
    }

    /**
     * Navigate to the value at a definite JSONPath ({@code $}, {@code .name}, {@code ['name']}, {@code [index]}),
     * relative to this value.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.order.items[0].sku").isEqualTo("A-1");   // passes for that output
     * assertThat(execution).output().at("$.order.items[*]");   // throws IllegalArgumentException: not definite
     * }</pre>
     *
     * @param jsonPath the path, starting with {@code $}, never {@code null}
     * @return an assert over the value there, missing when nothing is there
     */
    @CheckReturnValue
    public JsonAssert at(String jsonPath) {
        return navigate(JsonLocation.walkJsonPath(actual.node(), jsonPath));
    }

    /**
     * Navigate to the value at a JSON pointer (RFC 6901), relative to this value.
     *
     * <pre>{@code
     * assertThat(execution).output().atPointer("/order/items/0/sku").isEqualTo("A-1");   // passes
     * assertThat(execution).output().atPointer("/order/missing").isEqualTo("A-1");       // fails: it is missing
     * }</pre>
     *
     * @param pointer the pointer, empty or starting with {@code /}, never {@code null}
     * @return an assert over the value there, missing when nothing is there
     */
    @CheckReturnValue
    public JsonAssert atPointer(String pointer) {
        return navigate(JsonLocation.walkPointer(actual.node(), pointer));
    }

    private JsonAssert navigate(JsonLocation.Found found) {
        return navigate(navigator, new JsonValue(actual.subject(), actual.location() + found.suffix(), found.node()));
    }

    /**
     * Verify that the value equals the given JSON text, ignoring key order and comparing numbers by value.
     *
     * <pre>{@code
     * assertThat(execution).output().isEqualToJson("{\"status\": \"SHIPPED\", \"orderId\": 42}");  // passes
     * assertThat(execution).output().isEqualToJson("{\"orderId\": 43, \"status\": \"SHIPPED\"}");  // fails
     * }</pre>
     *
     * <p>The message prints both values and the JSONPath of the first difference.
     *
     * @param json the expected JSON text, never {@code null}
     * @return this assert
     * @throws IllegalArgumentException when the text is not JSON, or holds a duplicate key or a second value (the
     *     message gives the line and column)
     */
    public JsonAssert isEqualToJson(String json) {
        try {
            return isEqualToNode(StrictJson.read(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Expected JSON is not valid JSON" + at(e) + ": " + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * Verify that the value equals the given one: a {@link JsonNode}, a string, number or boolean compared with the
     * JSON scalar, {@code null} for JSON null, or a map or list compared as JSON.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.status").isEqualTo("PAID");   // passes for {"status": "PAID"}
     * assertThat(execution).output().at("$.total").isEqualTo(42);        // fails for {"total": 42.5}
     * }</pre>
     *
     * @param expected the expected value, may be {@code null}
     * @return this assert
     */
    @Override
    public JsonAssert isEqualTo(@Nullable Object expected) {
        return isEqualToNode(toNode(expected));
    }

    /**
     * Verify that the value differs from the given one, compared as {@link #isEqualTo(Object)} compares; a missing
     * value differs from everything.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.status").isNotEqualTo("DECLINED");   // passes for {"status": "PAID"}
     * assertThat(execution).output().at("$.status").isNotEqualTo("PAID");       // fails then
     * }</pre>
     *
     * @param other the value it must differ from, may be {@code null}
     * @return this assert
     */
    @Override
    public JsonAssert isNotEqualTo(@Nullable Object other) {
        JsonNode unexpected = toNode(other);
        JsonNode node = actual.node();
        if (node != null && JsonDiff.equal(unexpected, node)) {
            throwAssertionError(ShouldNotBeEqualJson.shouldNotBeEqualJson(actual, unexpected.toString()));
        }
        return myself;
    }

    private static JsonNode toNode(@Nullable Object value) {
        if (value == null) {
            return com.fasterxml.jackson.databind.node.NullNode.instance;
        }
        return value instanceof JsonNode node ? node : Mapper.INSTANCE.valueToTree(value);
    }

    private JsonAssert isEqualToNode(JsonNode expected) {
        JsonNode node = actual.node();
        if (node != null && JsonDiff.equal(expected, node)) {
            return myself;
        }
        String difference = node == null || !expected.isContainerNode() ? ""
                : String.valueOf(JsonDiff.firstDifference(expected, node, actual.location()));
        throwAssertionError(ShouldBeEqualJson.shouldBeEqualJson(actual, expected.toString(), difference));
        return myself;
    }

    /**
     * Verify that the value is JSON {@code null} (present, and null).
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.coupon").isNull();    // passes for {"coupon": null}
     * assertThat(execution).output().at("$.missing").isNull();   // fails: nothing is there (use isMissing())
     * }</pre>
     */
    @Override
    public void isNull() {
        JsonNode node = actual.node();
        if (node == null || !node.isNull()) {
            throwAssertionError(ShouldBeJsonKind.shouldBeJsonKind(actual, "null"));
        }
    }

    /**
     * Verify that a value is present and is not JSON {@code null}.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.orderId").isNotNull();   // passes for {"orderId": 42}
     * assertThat(execution).output().at("$.coupon").isNotNull();    // fails for {"coupon": null} and when missing
     * }</pre>
     *
     * @return this assert
     */
    @Override
    public JsonAssert isNotNull() {
        JsonNode node = actual.node();
        return check(node != null && !node.isNull(), "present and not null");
    }

    /**
     * Verify that nothing is at the location.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.error").isMissing();    // passes when the output has no "error" field
     * assertThat(execution).output().at("$.orderId").isMissing();  // fails when it has an "orderId"
     * }</pre>
     *
     * @return this assert
     */
    public JsonAssert isMissing() {
        return check(actual.isMissing(), "missing");
    }

    /**
     * Verify that a value, possibly JSON {@code null}, is at the location.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.coupon").isPresent();    // passes for {"coupon": null}
     * assertThat(execution).output().at("$.missing").isPresent();   // fails: nothing is there
     * }</pre>
     *
     * @return this assert
     */
    public JsonAssert isPresent() {
        return check(!actual.isMissing(), "present");
    }

    /**
     * Hand a JSON string over to AssertJ's string assertions.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.status").asText().startsWith("PA");   // passes for "PAID"
     * assertThat(execution).output().at("$.orderId").asText();   // fails: 42 is a number, not a string
     * }</pre>
     *
     * @return AssertJ's assert over the string
     */
    @CheckReturnValue
    public AbstractStringAssert<?> asText() {
        JsonNode node = actual.node();
        String text = node != null && node.isTextual() ? node.textValue() : null;
        failUnless(text != null, "a string");
        return navigator.assertFor(StringAssert.class, String.class, text, StringAssert::new);
    }

    /**
     * Hand a JSON number over to AssertJ's BigDecimal assertions.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.total").asNumber().isGreaterThan(new BigDecimal("40"));  // for 42.5
     * assertThat(execution).output().at("$.status").asNumber();   // fails: "PAID" is not a number
     * }</pre>
     *
     * @return AssertJ's assert over the number
     */
    @CheckReturnValue
    public AbstractBigDecimalAssert<?> asNumber() {
        JsonNode node = actual.node();
        BigDecimal number = node != null && node.isNumber() ? node.decimalValue() : null;
        failUnless(number != null, "a number");
        return navigator.assertFor(BigDecimalAssert.class, BigDecimal.class, number, BigDecimalAssert::new);
    }

    /**
     * Hand a JSON boolean over to AssertJ's boolean assertions.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.valid").asBoolean().isTrue();   // passes for {"valid": true}
     * assertThat(execution).output().at("$.valid").asBoolean();            // fails for {"valid": "yes"}
     * }</pre>
     *
     * @return AssertJ's assert over the boolean
     */
    @CheckReturnValue
    public AbstractBooleanAssert<?> asBoolean() {
        JsonNode node = actual.node();
        Boolean value = node != null && node.isBoolean() ? node.booleanValue() : null;
        failUnless(value != null, "a boolean");
        // AssertJ's soft assertions already re-proxy the result of methods named asBoolean.
        return new BooleanAssert(value);
    }

    /**
     * Hand a JSON object over to AssertJ's map assertions, its values as plain Java values (String, Integer, Long,
     * Double, Boolean, List, Map, null).
     *
     * <pre>{@code
     * assertThat(execution).output().asMap().containsEntry("status", "PAID");   // passes for {"status": "PAID"}
     * assertThat(execution).output().at("$.items").asMap();   // fails: an array is not an object
     * }</pre>
     *
     * @return AssertJ's assert over the map
     */
    @CheckReturnValue
    @SuppressWarnings("unchecked")
    public MapAssert<String, Object> asMap() {
        JsonNode node = actual.node();
        Map<String, Object> map = node != null && node.isObject() ? Mapper.INSTANCE.convertValue(node, Map.class) : null;
        failUnless(map != null, "an object");
        return navigator.assertFor(MapAssert.class, Map.class, map, MapAssert::new);
    }

    /**
     * Hand a JSON array over to AssertJ's list assertions, its elements as plain Java values.
     *
     * <pre>{@code
     * assertThat(execution).output().at("$.tags").asList().containsExactly("a", "b");   // passes for ["a", "b"]
     * assertThat(execution).output().asList();   // fails when the output is an object
     * }</pre>
     *
     * @return AssertJ's assert over the list
     */
    @CheckReturnValue
    @SuppressWarnings("unchecked")
    public ListAssert<Object> asList() {
        JsonNode node = actual.node();
        List<Object> list = node != null && node.isArray() ? Mapper.INSTANCE.convertValue(node, List.class) : null;
        failUnless(list != null, "an array");
        return navigator.assertFor(ListAssert.class, List.class, list, ListAssert::new);
    }

    private void failUnless(boolean holds, String kind) {
        if (!holds) {
            try {
                throwAssertionError(ShouldBeJsonKind.shouldBeJsonKind(actual, kind));
            } catch (AssertionError error) {
                navigator.fail(error);
            }
        }
    }

    private JsonAssert check(boolean holds, String kind) {
        if (!holds) {
            throwAssertionError(ShouldBeJsonKind.shouldBeJsonKind(actual, kind));
        }
        return myself;
    }

    /** Return where the JSON text went wrong, as {@code  at LINE:COLUMN}, or nothing when Jackson does not say. */
    static String at(JsonProcessingException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " at " + location.getLineNr() + ":" + location.getColumnNr();
    }

    /** The mapper for converting plain values and views, built on first use: JSON assertions do not need it. */
    private static final class Mapper {

        static final ObjectMapper INSTANCE = new ObjectMapper();

        private Mapper() {}
    }
}
