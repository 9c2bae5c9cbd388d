package dev.orrery.internal.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.jayway.jsonpath.JsonPathException;
import dev.orrery.internal.eval.StatesException;
import java.util.Map;
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
                .hasMessage("append() would copy more than 262144 values in one evaluation");
        assertThat(target).isEmpty();
    }

    @Test
    void counts_every_copy_of_one_evaluation_against_the_same_bound() {
        ArrayNode half = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < CopyingJacksonProvider.MAX_VALUES / 2; i++) {
            half.add(i);
        }
        ArrayNode target = JsonNodeFactory.instance.arrayNode();

        provider.setArrayIndex(target, 0, half);

        assertThatThrownBy(() -> provider.setArrayIndex(target, 1, half))
                .isInstanceOf(JsonPathException.class)
                .hasMessage("append() would copy more than 262144 values in one evaluation");
        ArrayNode another = JsonNodeFactory.instance.arrayNode();
        new CopyingJacksonProvider().setArrayIndex(another, 0, half);
        assertThat(another.get(0)).hasSize(half.size());
    }

    @Test
    void fails_a_deep_scan_whose_many_appends_together_copy_more_than_the_bound() throws Exception {
        // each appended copy stays under the bound, but the deep scan appends to every value it walks
        CompiledPath path = CompiledPath.compile("$..*append(a\uFFFD.append($.*$.*)\uFFFD.a$.*)..*$");
        var document = TestJson.json("{`a`:[1,2.5,{`b`:`c`}],`n`:3,`s`:`text`,`o`:{`x`:null,`y`:true},"
                + "`items`:[{`id`:1},{`id`:2}]}");

        assertThatThrownBy(() -> path.select(document, TestJson.context(document, Map.of())))
                .isInstanceOf(StatesException.class)
                .hasMessageContaining("append() would copy more than 262144 values in one evaluation");
    }
}
