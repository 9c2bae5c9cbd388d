package dev.orrery.internal.intrinsics;

import static dev.orrery.internal.intrinsics.Intrinsics.evaluate;
import static dev.orrery.internal.intrinsics.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayFunctionsTests {

    // Inputs and outputs recorded on AWS (conformance cases test_array*, BASE_ASSIGN_FROM_INTRINSIC_FUNCTION) and
    // the developer guide's examples.
    @ParameterizedTest(name = "{0} over {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            States.Array()                                  | {}                                        | []
            States.Array($.fst, $.snd)                      | {"fst":"","snd":""}                       | ["",""]
            States.Array($.fst, $.snd)                      | {"fst":null,"snd":null}                   | [null,null]
            States.Array($.fst, $.snd)                      | {"fst":1.1,"snd":1.1}                     | [1.1,1.1]
            States.Array($.fst, $.snd)                      | {"fst":{"Arg1":1,"Arg2":[]},"snd":1}      | [{"Arg1":1,"Arg2":[]},1]
            States.Array('a', 'b', 'c')                     | {}                                        | ["a","b","c"]
            States.Array($.Id)                              | {"Id":123456}                             | [123456]
            States.ArrayPartition($.a, 2)                   | {"a":[1,2,3,4,5,6]}                       | [[1,2],[3,4],[5,6]]
            States.ArrayPartition($.a, 4)                   | {"a":[1,2,3,4,5,6,7,8,9]}                 | [[1,2,3,4],[5,6,7,8],[9]]
            States.ArrayPartition($.a, 3)                   | {"a":[]}                                  | []
            States.ArrayContains($.fst, $.snd)              | {"fst":[],"snd":null}                     | false
            States.ArrayContains($.fst, $.snd)              | {"fst":[],"snd":[]}                       | false
            States.ArrayContains($.fst, $.snd)              | {"fst":[[1,2,3],2],"snd":null}            | false
            States.ArrayContains($.fst, $.snd)              | {"fst":[[1,2,3],2],"snd":[1,2,3]}         | true
            States.ArrayContains($.fst, $.snd)              | {"fst":[{"1":2,"2":[]}],"snd":[]}         | false
            States.ArrayContains($.fst, $.snd)              | {"fst":[{"1":2,"2":[]}],"snd":{"1":2,"2":[]}} | true
            States.ArrayContains($.fst, $.snd)              | {"fst":[true,false],"snd":false}          | true
            States.ArrayContains($.a, 5)                    | {"a":[1,2,3,4,5,6]}                       | true
            States.ArrayRange($.f, $.s, $.t)                | {"f":0,"s":9,"t":3}                       | [0,3,6,9]
            States.ArrayRange($.f, $.s, $.t)                | {"f":0,"s":10,"t":3}                      | [0,3,6,9]
            States.ArrayRange($.f, $.s, $.t)                | {"f":1,"s":9,"t":9}                       | [1]
            States.ArrayRange(1, 9, 2)                      | {}                                        | [1,3,5,7,9]
            States.ArrayRange(1, 10, 2)                     | {}                                        | [1,3,5,7,9]
            States.ArrayRange(0, 3, 1)                      | {}                                        | [0,1,2,3]
            States.ArrayRange(5, 1, -2)                     | {}                                        | [5,3,1]
            States.ArrayRange(1, 0, 2)                      | {}                                        | []
            States.ArrayGetItem($.fst, $.snd)               | {"fst":[1,2,3,4,5,6,7,8,9],"snd":5}       | 6
            States.ArrayGetItem($.a, 2)                     | {"a":[1,2,3,4,5,6]}                       | 3
            States.ArrayLength($)                           | [1,2,3,4,5,6,7,8,9]                       | 9
            States.ArrayLength($.a)                         | {"a":[]}                                  | 0
            States.ArrayUnique($.a)                         | {"a":[1,2,2,3,3,4]}                       | [1,2,3,4]
            States.ArrayUnique($.a)                         | {"a":[1,2,3,3,3,3,3,3,4]}                 | [1,2,3,4]
            States.ArrayUnique($.a)                         | {"a":[{"x":1},"b",{"x":1},"b",null,null]} | [{"x":1},"b",null]
            """)
    void computes_what_aws_recorded(String expression, String input, String expected) throws Exception {
        assertThat(evaluate(expression, input)).isEqualTo(json(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            States.ArrayRange(0, 999, 1)  | 1000
            States.ArrayRange(0, -999, -1) | 1000
            """)
    void allows_ranges_of_up_to_1000_items(String expression, int size) throws Exception {
        assertThat(evaluate(expression, "{}").size()).isEqualTo(size);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            States.ArrayGetItem($.a, 0)
            States.ArrayUnique($.a)
            States.ArrayPartition($.a, 1)
            """)
    void leaves_the_input_untouched(String expression) throws Exception {
        var input = json("{\"a\":[{\"x\":[1]}]}");
        var copy = input.deepCopy();
        var result = IntrinsicFunctions.compile(expression)
                .evaluate(input, dev.orrery.internal.eval.EvaluationContext.of(json("{}")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) result.findParent("x")).put("x", 2);
        assertThat(input).isEqualTo(copy);
    }
}
