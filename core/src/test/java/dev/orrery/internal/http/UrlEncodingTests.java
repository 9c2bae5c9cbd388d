package dev.orrery.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class UrlEncodingTests {

    private static final JsonNode ARRAY = json("{'array': ['a', 'b', 'c', 'd']}");

    @Test
    void percent_encodes_everything_but_the_unreserved_characters() {
        assertThat(UrlEncoding.encode("Monthly subscription")).isEqualTo("Monthly%20subscription");
        assertThat(UrlEncoding.encode("a-b_c.d~e")).isEqualTo("a-b_c.d~e");
        assertThat(UrlEncoding.encode("x=1&y=[2]/+,")).isEqualTo("x%3D1%26y%3D%5B2%5D%2F%2B%2C");
        assertThat(UrlEncoding.encode("é€")).isEqualTo("%C3%A9%E2%82%AC");
    }

    @Test
    void encodes_arrays_with_their_indices_by_default_format() {
        assertThat(UrlEncoding.form(ARRAY, ArrayFormat.INDICES))
                .isEqualTo("array%5B0%5D=a&array%5B1%5D=b&array%5B2%5D=c&array%5B3%5D=d");
    }

    @Test
    void encodes_arrays_by_repeating_the_key() {
        assertThat(UrlEncoding.form(ARRAY, ArrayFormat.REPEAT)).isEqualTo("array=a&array=b&array=c&array=d");
    }

    @Test
    void encodes_arrays_as_one_comma_delimited_value() {
        assertThat(UrlEncoding.form(ARRAY, ArrayFormat.COMMAS)).isEqualTo("array=a,b,c,d");
        assertThat(UrlEncoding.form(json("{'a': ['x,y', 'z w']}"), ArrayFormat.COMMAS)).isEqualTo("a=x%2Cy,z%20w");
    }

    @Test
    void encodes_arrays_with_empty_brackets() {
        assertThat(UrlEncoding.form(ARRAY, ArrayFormat.BRACKETS))
                .isEqualTo("array%5B%5D=a&array%5B%5D=b&array%5B%5D=c&array%5B%5D=d");
    }

    @Test
    void encodes_nested_objects_with_their_field_in_brackets_as_in_aws_stripe_example() {
        JsonNode body = json("{'description': 'Monthly subscription',"
                + " 'metadata': {'order_details': 'monthly report data'}, 'customer': '1234567890'}");

        assertThat(UrlEncoding.form(body, ArrayFormat.INDICES)).isEqualTo("description=Monthly%20subscription"
                + "&metadata%5Border_details%5D=monthly%20report%20data&customer=1234567890");
    }

    @Test
    void encodes_objects_inside_arrays_and_scalars_as_their_text() {
        JsonNode body = json("{'items': [{'sku': 'A', 'qty': 2}], 'gift': true, 'note': null, 'price': 1.5,"
                + " 'none': [], 'empty': {}}");

        assertThat(UrlEncoding.form(body, ArrayFormat.INDICES))
                .isEqualTo("items%5B0%5D%5Bsku%5D=A&items%5B0%5D%5Bqty%5D=2&gift=true&note=&price=1.5");
        assertThat(UrlEncoding.form(body, ArrayFormat.REPEAT))
                .isEqualTo("items%5Bsku%5D=A&items%5Bqty%5D=2&gift=true&note=&price=1.5");
    }

    @Test
    void encodes_query_parameters_with_repeated_keys_for_arrays() {
        assertThat(UrlEncoding.query(json("{'currency': 'usd', 'ids': [1, 2], 'q': 'a b&c', 'f': {'x': 1}}")))
                .isEqualTo("currency=usd&ids=1&ids=2&q=a%20b%26c&f=%7B%22x%22%3A1%7D");
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
