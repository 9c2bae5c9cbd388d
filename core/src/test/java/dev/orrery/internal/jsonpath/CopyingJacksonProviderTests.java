package dev.orrery.internal.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.jayway.jsonpath.JsonPathException;
import org.junit.jupiter.api.Test;

/** What {@code append()} puts into a document: a copy, and never more than the bound allows. */
class CopyingJacksonProviderTests {

    private final CopyingJacksonProvider provider = new CopyingJacksonProvider();

    @Test
    void appends_a_copy_of_an_enclosing_value_so_that_it_never_contains_itself() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode().add(1);

        provider.setArrayIndex(array, 1, array);

        assertThat(array.toString()).isEqualTo("[1,[1]]");
        assertThat(array.get(1)).isNotSameAs(array);
    }

    @Test
    void refuses_to_append_a_value_larger_than_the_bound_that_nested_appends_would_reach() {
        ArrayNode large = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < CopyingJacksonProvider.MAX_VALUES; i++) {
            large.add(i);
        }
        ArrayNode target = JsonNodeFactory.instance.arrayNode();

        assertThatThrownBy(() -> provider.setArrayIndex(target, 0, large))
                .isInstanceOf(JsonPathException.class)
                .hasMessage("append() would build a value of more than 262144 values");
        assertThat(target).isEmpty();
    }
}
