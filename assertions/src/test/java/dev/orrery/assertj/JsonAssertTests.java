package dev.orrery.assertj;

import static dev.orrery.assertj.Executions.expectAssertionError;
import static dev.orrery.assertj.Executions.json;
import static dev.orrery.assertj.OrreryAssertions.assertThat;
import static dev.orrery.assertj.OrreryAssertions.assertThatJson;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonAssertTests {

    private final JsonNode order = json("""
            {'id': 42, 'total': 42.5, 'paid': true, 'coupon': null, 'status': 'PAID',
             'items': [{'sku': 'A-1', 'qty': 2}, {'sku': 'B/2', 'qty': 1}], 'odd key': 'x', 'a/b': 'slash'}""");

    @Test
    void navigates_by_json_path_and_by_json_pointer() {
        assertThat(order).at("$.items[1].sku").isEqualTo("B/2");
        assertThat(order).at("$['items'][0]['sku']").isEqualTo("A-1");
        assertThat(order).at("$.items").at("$[0].qty").isEqualTo(2);
        assertThat(order).at("$['odd key']").isEqualTo("x");
        assertThat(order).atPointer("/items/0/sku").isEqualTo("A-1");
        assertThat(order).atPointer("/a~1b").isEqualTo("slash");
        assertThat(order).atPointer("").at("$.id").isEqualTo(42);
    }

    @Test
    void prints_the_location_of_a_navigated_value() {
        then(expectAssertionError(() -> assertThat(order).atPointer("/items/1/sku").isEqualTo("A-1"))).hasMessage("""
                Expecting JSON at "$.items[1].sku" to be equal to:
                  "A-1"
                but was:
                  "B/2\"""");
        then(expectAssertionError(() -> assertThat(order).at("$['odd key']").isEqualTo("y")))
                .hasMessageStartingWith("Expecting JSON at \"$['odd key']\" to be equal to:");
    }

    @Test
    void rejects_json_paths_that_are_not_definite() {
        thenThrownBy(() -> assertThat(order).at("$.items[*]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only definite JSONPaths ($, .name, ['name'], [index]) are supported; cannot read "
                        + "\"$.items[*]\" at offset 7");
        thenThrownBy(() -> assertThat(order).at("$.*")).isInstanceOf(IllegalArgumentException.class);
        thenThrownBy(() -> assertThat(order).at("$..sku")).isInstanceOf(IllegalArgumentException.class);
        thenThrownBy(() -> assertThat(order).at("$.items[?(@.qty > 1)]")).isInstanceOf(IllegalArgumentException.class);
        thenThrownBy(() -> assertThat(order).at("items")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A JSONPath starts with \"$\", e.g. \"$.order.id\"; got: items");
    }

    @Test
    void compares_with_json_text_ignoring_key_order_and_number_form() {
        assertThat(order).at("$.items[0]").isEqualToJson("{\"qty\": 2.0, \"sku\": \"A-1\"}");
        assertThatJson("[1, {\"b\": 1, \"a\": 2}]").isEqualToJson("[1.00, {\"a\": 2, \"b\": 1}]");
    }

    @Test
    void fails_on_other_json_printing_the_first_difference() {
        then(expectAssertionError(() -> assertThatJson("{\"a\": {\"b\": [1, 2]}}")
                .isEqualToJson("{\"a\": {\"b\": [1, 3]}}"))).hasMessage("""
                Expecting JSON at "$" to be equal to:
                  {"a":{"b":[1,3]}}
                but was:
                  {"a":{"b":[1,2]}}
                first difference at "$.a.b[1]": expected 3 but was 2""");
    }

    @Test
    void fails_on_missing_extra_fields_and_array_lengths() {
        then(expectAssertionError(() -> assertThatJson("{\"a\": 1}").isEqualToJson("{\"a\": 1, \"b\": 2}")))
                .hasMessageEndingWith("first difference at \"$.b\": expected 2 but was missing");
        then(expectAssertionError(() -> assertThatJson("{\"a\": 1, \"c\": 3}").isEqualToJson("{\"a\": 1}")))
                .hasMessageEndingWith("first difference at \"$.c\": expected no field but was 3");
        then(expectAssertionError(() -> assertThat(order).at("$.items").isEqualToJson("[]")))
                .hasMessageEndingWith("first difference at \"$.items\": expected 0 elements but was 2 elements");
    }

    @Test
    void compares_scalars_with_java_values() {
        assertThat(order).at("$.status").isEqualTo("PAID");
        assertThat(order).at("$.total").isEqualTo(new BigDecimal("42.50"));
        assertThat(order).at("$.paid").isEqualTo(true);
        assertThat(order).at("$.coupon").isEqualTo(null);
        assertThat(order).at("$.items[0]").isEqualTo(Map.of("sku", "A-1", "qty", 2));
        assertThat(order).at("$.items[0]").isEqualTo(json("{'sku': 'A-1', 'qty': 2}"));
    }

    @Test
    void fails_on_another_scalar_or_a_missing_value() {
        then(expectAssertionError(() -> assertThat(order).at("$.total").isEqualTo(42))).hasMessage("""
                Expecting JSON at "$.total" to be equal to:
                  42
                but was:
                  42.5""");
        then(expectAssertionError(() -> assertThat(order).at("$.nothing").isEqualTo(1))).hasMessage("""
                Expecting JSON at "$.nothing" to be equal to:
                  1
                but was:
                  (missing)""");
    }

    @Test
    void tells_null_from_missing() {
        assertThat(order).at("$.coupon").isPresent().isNull();
        assertThat(order).at("$.nothing").isMissing();
        assertThat(order).at("$.id").isNotNull();
        assertThat(order).at("$.id.deeper").isMissing();
    }

    @Test
    void fails_when_null_or_missing_is_not_what_it_is() {
        then(expectAssertionError(() -> assertThat(order).at("$.nothing").isNull())).hasMessage("""
                Expecting JSON at "$.nothing" to be null but was:
                  (missing)""");
        then(expectAssertionError(() -> assertThat(order).at("$.id").isMissing())).hasMessage("""
                Expecting JSON at "$.id" to be missing but was:
                  42""");
        then(expectAssertionError(() -> assertThat(order).at("$.nothing").isPresent())).hasMessage("""
                Expecting JSON at "$.nothing" to be present but was:
                  (missing)""");
        then(expectAssertionError(() -> assertThat(order).at("$.coupon").isNotNull())).hasMessage("""
                Expecting JSON at "$.coupon" to be present and not null but was:
                  null""");
    }

    @Test
    void hands_typed_views_over_to_assertj() {
        assertThat(order).at("$.status").asText().startsWith("PA");
        assertThat(order).at("$.total").asNumber().isEqualByComparingTo("42.50");
        assertThat(order).at("$.paid").asBoolean().isTrue();
        assertThat(order).at("$.items[0]").asMap().containsEntry("sku", "A-1").containsEntry("qty", 2);
        assertThat(order).at("$.items").asList().hasSize(2).first().isEqualTo(Map.of("sku", "A-1", "qty", 2));
        assertThatJson("[\"a\", \"b\"]").asList().isEqualTo(List.of("a", "b"));
    }

    @Test
    void fails_a_typed_view_of_another_kind() {
        then(expectAssertionError(() -> assertThat(order).at("$.id").asText())).hasMessage("""
                Expecting JSON at "$.id" to be a string but was:
                  42""");
        then(expectAssertionError(() -> assertThat(order).at("$.status").asNumber())).hasMessage("""
                Expecting JSON at "$.status" to be a number but was:
                  "PAID\"""");
        then(expectAssertionError(() -> assertThat(order).at("$.status").asBoolean())).hasMessage("""
                Expecting JSON at "$.status" to be a boolean but was:
                  "PAID\"""");
        then(expectAssertionError(() -> assertThat(order).at("$.items").asMap())).hasMessageStartingWith(
                "Expecting JSON at \"$.items\" to be an object but was:\n  [{\"sku\":\"A-1\"");
        then(expectAssertionError(() -> assertThat(order).asList())).hasMessageStartingWith(
                "Expecting JSON at \"$\" to be an array but was:\n  {\"id\":42");
    }

    @Test
    void fails_inside_a_typed_view_with_assertj_own_message() {
        then(expectAssertionError(() -> assertThat(order).at("$.status").asText().isEqualTo("SHIPPED")))
                .hasMessageContaining("expected: \"SHIPPED\"").hasMessageContaining("but was: \"PAID\"");
    }

    @Test
    void rejects_expected_text_that_is_not_json() {
        thenThrownBy(() -> assertThat(order).isEqualToJson("{nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Expected JSON is not valid");
    }

    @Test
    void passes_when_a_value_differs_from_another() {
        assertThat(order).at("$.status").isNotEqualTo("DECLINED");
        assertThat(order).at("$.total").isNotEqualTo(42);
        assertThat(order).at("$.nothing").isNotEqualTo(null);
    }

    @Test
    void fails_when_a_value_equals_what_it_should_differ_from() {
        then(expectAssertionError(() -> assertThat(order).at("$.total").isNotEqualTo(new BigDecimal("42.50"))))
                .hasMessage("""
                        Expecting JSON at "$.total" not to be equal to:
                          42.5
                        but it was:
                          42.5""");
    }

    @Test
    void reads_the_same_in_bdd_style() {
        OrreryAssertions.then(order).at("$.id").isEqualTo(42);
        OrreryAssertions.thenJson("[1, 2]").asList().containsExactly(1, 2);
        then(expectAssertionError(() -> OrreryAssertions.thenJson("[1, 2]").at("$[2]").isPresent()))
                .hasMessage("Expecting JSON at \"$[2]\" to be present but was:\n  (missing)");
    }
}
