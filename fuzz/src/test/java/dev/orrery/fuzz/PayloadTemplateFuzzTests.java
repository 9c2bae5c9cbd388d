package dev.orrery.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.internal.dataflow.PayloadTemplate;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import dev.orrery.internal.eval.StatesException;

/**
 * Payload templates ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}) with {@code "key.$"} paths and
 * intrinsic calls: compiling may refuse with an {@link ExpressionSyntaxException}, evaluating may fail with AWS's
 * {@link StatesException}; nothing else, and neither the template nor the input is mutated.
 *
 * <p>Input: the template (JSON on one line) on the first line, the state input on the rest.
 */
class PayloadTemplateFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void evaluates_any_template_without_an_undocumented_failure(FuzzedDataProvider data) {
        FuzzInput in = FuzzInput.of(data);
        JsonNode template = FuzzInput.json(in.head());
        if (template == null) {
            return;
        }
        JsonNode templateBefore = template.deepCopy();
        JsonNode before = in.document().deepCopy();
        Bounded.run(() -> {
            PayloadTemplate compiled;
            try {
                compiled = PayloadTemplate.compile(template, "Parameters");
            } catch (ExpressionSyntaxException refused) {
                return;
            }
            try {
                compiled.evaluate(in.document(), Contexts.with(in.document()));
                compiled.evaluate(in.document(), Contexts.with(in.document()));
            } catch (StatesException documented) {
                // States.Runtime for a path that selects nothing, States.IntrinsicFailure for a failed call.
            }
        });
        Bounded.assertUnchanged(template, templateBefore, "the template");
        Bounded.assertUnchanged(in.document(), before, "the input");
    }
}
