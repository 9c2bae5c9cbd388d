package dev.orrery.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.ReferencePath;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;
import dev.orrery.internal.jsonpath.CompiledPath;

/**
 * JSONPath ({@code InputPath}, {@code "x.$"} values, Choice {@code Variable}) and reference paths ({@code ResultPath},
 * Choice {@code Variable}): compiling may refuse the text with an {@link ExpressionSyntaxException}; selecting and
 * merging may fail with AWS's {@link StatesException}; nothing else is thrown, and the documents are not mutated.
 *
 * <p>Input: the path on the first line, the JSON document on the rest.
 */
class JsonPathFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void selects_with_any_path_without_an_undocumented_failure(FuzzedDataProvider data) {
        FuzzInput in = FuzzInput.of(data);
        JsonNode before = in.document().deepCopy();
        Bounded.run(() -> {
            CompiledPath path;
            try {
                path = CompiledPath.compile(in.head());
            } catch (ExpressionSyntaxException refused) {
                return;
            }
            try {
                path.select(in.document(), Contexts.with(in.document()));
                path.notFoundReason(in.document(), Contexts.with(in.document()));
            } catch (StatesException documented) {
                // AWS's own runtime failure of a path, e.g. an invalid path at run time.
            }
        });
        Bounded.assertUnchanged(in.document(), before, "the document");
    }

    @FuzzTest(maxDuration = "5m")
    void merges_with_any_reference_path_without_an_undocumented_failure(FuzzedDataProvider data) {
        FuzzInput in = FuzzInput.of(data);
        JsonNode before = in.document().deepCopy();
        JsonNode result = FuzzInput.json("{\"r\":[1,{\"q\":\"z\"}]}");
        JsonNode resultBefore = result.deepCopy();
        Bounded.run(() -> {
            ReferencePath path;
            try {
                path = ReferencePath.compile(in.head());
            } catch (ExpressionSyntaxException refused) {
                return;
            }
            try {
                path.merge(in.document(), result);
            } catch (StatesException documented) {
                // States.ReferencePathConflict when the input has no object or array where the path needs one.
            }
        });
        Bounded.assertUnchanged(in.document(), before, "the input");
        Bounded.assertUnchanged(result, resultBefore, "the result");
    }
}
