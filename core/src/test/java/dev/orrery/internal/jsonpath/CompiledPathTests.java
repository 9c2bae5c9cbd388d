package dev.orrery.internal.jsonpath;

import static dev.orrery.internal.jsonpath.TestJson.context;
import static dev.orrery.internal.jsonpath.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompiledPathTests {

    private static final JsonNode INPUT = json("{`s`:`str`,`n`:null,`a`:[1,2,{`x`:3}],`o`:{`k`:`v`,`a b`:1},"
            + "`a-b`:7,`items`:[{`id`:1,`x`:2},{`id`:2,`x`:0}]}");
    private static final EvaluationContext CONTEXT = context(
            json("{`Execution`:{`Id`:`arn:x`,`Input`:{`k`:1}}}"), Map.of("myVar", json("{`f`:[10,20]}")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$                | " + "{`s`:`str`,`n`:null,`a`:[1,2,{`x`:3}],`o`:{`k`:`v`,`a b`:1},`a-b`:7,"
                + "`items`:[{`id`:1,`x`:2},{`id`:2,`x`:0}]}",
        "$.s              | `str`",
        "$.n              | null",
        "$['o']['a b']    | 1",
        "$[\"o\"].k       | `v`",
        "$.a-b            | 7",
        "$.a[0]           | 1",
        "$.a[-1]          | {`x`:3}",
        "$.a[2].x         | 3",
        "$.o              | {`k`:`v`,`a b`:1}",
        "$.items[1]['id'] | 2"})
    void selects_definite_simple_paths(String path, String expected) throws ExpressionSyntaxException {
        assertThat(CompiledPath.compile(path.strip()).select(INPUT, CONTEXT)).isEqualTo(json(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.missing", "$.s.x", "$.s[0]", "$.n.x", "$.n[0]", "$.a[5]", "$.a[-9]", "$.o.k.z",
        "$.a[2].y", "$.o[0]", "$.a.x"})
    void returns_null_when_a_definite_path_finds_nothing(String path) throws ExpressionSyntaxException {
        assertThat(CompiledPath.compile(path).select(INPUT, CONTEXT)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$.a[*]                | [1,2,{`x`:3}]",
        "$.items[*].id         | [1,2]",
        "$..x                  | [3,2,0]",
        "$..nothing            | []",
        "$.a[1:3]              | [2,{`x`:3}]",
        "$.a[0,1]              | [1,2]",
        "$.items[?(@.x > 1)]   | [{`id`:1,`x`:2}]",
        "$.a.length()          | 3",
        "$.a[0:9]              | [1,2,{`x`:3}]",
        "$.o['k','a b']        | {`k`:`v`,`a b`:1}"})
    void delegates_complex_forms_to_jayway(String path, String expected) throws ExpressionSyntaxException {
        assertThat(CompiledPath.compile(path.strip()).select(INPUT, CONTEXT)).isEqualTo(json(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.s", "$.n", "$.missing", "$['o']['a b']", "$.a-b", "$.a[0]", "$.a[-1]",
        "$.a[-3]", "$.a[-4]", "$.a[3]", "$.a[2].x", "$.s.x", "$.s[0]", "$.n.x", "$.o[0]", "$.items[1].id",
        "$[0]", "$['s']"})
    void fast_evaluators_agree_with_jayway(String path) throws ExpressionSyntaxException {
        JsonNode fast = CompiledPath.compile(path).select(INPUT, CONTEXT);
        JsonNode jayway = path.equals("$") ? INPUT : new JaywayPath(JsonPath.compile(path), path).evaluate(INPUT);
        assertThat(fast).isEqualTo(jayway);
    }

    @Test
    void compiles_simple_paths_to_small_evaluators() {
        assertThat(PathParser.parse("$")).isSameAs(CurrentNode.INSTANCE);
        assertThat(PathParser.parse("$.a")).isEqualTo(new FieldAccess("a"));
        assertThat(PathParser.parse("$['a b']")).isEqualTo(new FieldAccess("a b"));
        assertThat(PathParser.parse("$[-2]")).isEqualTo(new IndexAccess(-2));
        assertThat(PathParser.parse("$.a[0]['b c']")).isInstanceOf(StepChain.class)
                .hasToString("$['a'][0]['b c']");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.*", "$..a", "$.a[*]", "$.a[1:2]", "$.a[0,1]", "$.a[?(@.b)]", "$.a.length()",
        "$['a','b']", "$['a\\'b']", "$.a[ 0 ]"})
    void leaves_complex_forms_to_jayway(String path) {
        assertThat(PathParser.parse(path)).isNull();
    }

    @Test
    void reports_whether_a_path_is_definite() throws ExpressionSyntaxException {
        assertThat(CompiledPath.compile("$").isDefinite()).isTrue();
        assertThat(CompiledPath.compile("$.a[0].b").isDefinite()).isTrue();
        assertThat(CompiledPath.compile("$.a[*]").isDefinite()).isFalse();
        assertThat(CompiledPath.compile("$..b").isDefinite()).isFalse();
    }

    @Test
    void evaluates_context_object_paths_against_the_context_object() throws ExpressionSyntaxException {
        CompiledPath path = CompiledPath.compile("$$.Execution.Input.k");

        assertThat(path.root()).isEqualTo(CompiledPath.Root.CONTEXT);
        assertThat(path.select(INPUT, CONTEXT)).isEqualTo(json("1"));
        assertThat(CompiledPath.compile("$$").select(INPUT, CONTEXT)).isSameAs(CONTEXT.contextObject());
    }

    @Test
    void evaluates_variable_paths_against_the_variable() throws ExpressionSyntaxException {
        CompiledPath path = CompiledPath.compile("$myVar.f[1]");

        assertThat(path.root()).isEqualTo(CompiledPath.Root.VARIABLE);
        assertThat(path.variable()).isEqualTo("myVar");
        assertThat(path.select(INPUT, CONTEXT)).isEqualTo(json("20"));
        assertThat(CompiledPath.compile("$undefined.x").select(INPUT, CONTEXT)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "", "$.", "$..", "$['a", "$.a b", "$ .a"})
    void rejects_invalid_paths(String path) {
        assertThatThrownBy(() -> CompiledPath.compile(path)).isInstanceOf(ExpressionSyntaxException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$.NoSuchInputPath      | No results for path: $['NoSuchInputPath']",
        "$.no.such.result.path  | Missing property in path $['no']",
        "$.a[5]                 | No results for path: $['a'][5]",
        "$$.Execution.Nope      | No results for path: $['Execution']['Nope']"})
    void explains_why_a_path_finds_nothing_as_jayway_does(String path, String reason)
            throws ExpressionSyntaxException {
        assertThat(CompiledPath.compile(path.strip()).notFoundReason(INPUT, CONTEXT)).isEqualTo(reason);
    }

    @Test
    void never_mutates_the_input() throws ExpressionSyntaxException {
        JsonNode before = INPUT.deepCopy();

        CompiledPath.compile("$..x").select(INPUT, CONTEXT);
        CompiledPath.compile("$.a[1:3]").select(INPUT, CONTEXT);

        assertThat(INPUT).isEqualTo(before);
    }

    @Test
    void compares_a_filter_with_an_unquoted_word_as_a_string() throws Exception {
        JsonNode translations = json("[{`TargetLanguageCode`: `fr`, `TranslatedText`: `bonjour`},"
                + " {`TargetLanguageCode`: `es`, `TranslatedText`: `hola`}]");

        JsonNode selected = CompiledPath.compile("$[?(@.TargetLanguageCode==es)].TranslatedText")
                .select(translations, CONTEXT);

        assertThat(selected).isEqualTo(json("[`hola`]"));
    }

    @Test
    void reads_a_script_index_from_the_end_as_a_negative_index() throws Exception {
        assertThat(CompiledPath.jaywayForm("$[(@.length-1)].bar")).isEqualTo("$[-1].bar");
        assertThat(CompiledPath.jaywayForm("$.items[?(@.kind == book && @.price < 10)]"))
                .isEqualTo("$.items[?(@.kind == 'book' && @.price < 10)]");
    }
}
