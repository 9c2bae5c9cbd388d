package dev.orrery.internal.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain path is compiled by Jayway only when an error message needs it, so its form must be one Jayway always
 * compiles to a definite path, and one the fast evaluators cover.
 */
class PlainPathTests {

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a", "$.order.items[0].id", "$['a']", "$['a']['b_2'][12]", "$[0]", "$._x.Y9",
        "$[123456789]", "$.a[007]"})
    void recognises_plain_paths_that_jayway_compiles_to_definite_paths(String path) {
        assertThat(PlainPath.matches(path)).isTrue();
        assertThat(PathParser.parse(path)).isNotNull();
        assertThat(JsonPath.compile(path).isDefinite()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "$.", "$..a", "$.a-b", "$.a b", "$.9a", "$.a.", "$[-1]", "$[]", "$[1234567890]",
        "$['a b']", "$[\"a\"]", "$['a'", "$[0", "$.a[*]", "$.a[?(@.x)]", "$.a.length()", "$[0:2]", "$[0,1]",
        "$.ü", "$$.a", "$.a[ 0]", "$['']"})
    void leaves_every_other_form_to_jayway(String path) {
        assertThat(PlainPath.matches(path)).isFalse();
    }

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void every_generated_plain_path_is_one_jayway_compiles_to_a_definite_path(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 100; i++) {
            String path = plainPath(random);

            assertThat(PlainPath.matches(path)).as(path).isTrue();
            assertThat(PathParser.parse(path)).as(path).isNotNull();
            assertThat(JsonPath.compile(path).isDefinite()).as(path).isTrue();
            assertThat(JsonPath.compile(path).getPath()).as(path).isEqualTo(canonical(path));
        }
    }

    private static String plainPath(SplittableRandom random) {
        StringBuilder path = new StringBuilder("$");
        int steps = random.nextInt(5);
        for (int i = 0; i < steps; i++) {
            switch (random.nextInt(3)) {
                case 0 -> path.append('.').append(identifier(random));
                case 1 -> path.append("['").append(identifier(random)).append("']");
                default -> path.append('[').append(random.nextInt(1000)).append(']');
            }
        }
        return path.toString();
    }

    private static String identifier(SplittableRandom random) {
        String start = "abcxyzABCXYZ_";
        String part = start + "0123456789";
        StringBuilder name = new StringBuilder().append(start.charAt(random.nextInt(start.length())));
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            name.append(part.charAt(random.nextInt(part.length())));
        }
        return name.toString();
    }

    /** Jayway's own spelling of a path: each name as {@code ['name']}, each index as {@code [n]}. */
    private static String canonical(String path) {
        return path.replaceAll("\\.([A-Za-z_][A-Za-z0-9_]*)", "['$1']");
    }
}
