package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orrery.internal.eval.EvaluationContext;
import dev.orrery.internal.eval.ExpressionSyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code States.Format(template, value, ...)}: the template with each {@code {}} replaced by the positionally
 * corresponding value; there must be exactly as many values as placeholders.
 */
final class StatesFormat extends StatesFunction {

    static final String NAME = "States.Format";

    private final @Nullable FormatTemplate literalTemplate;

    StatesFormat(List<Argument> arguments) throws ExpressionSyntaxException {
        super(NAME, Signature.variadic(ArgType.ANY, ArgType.STRING), arguments);
        this.literalTemplate = compileTemplate(arguments.get(0));
    }

    private static @Nullable FormatTemplate compileTemplate(Argument template) throws ExpressionSyntaxException {
        if (!(template instanceof LiteralArgument literal) || literal.rawText() == null) {
            return null;
        }
        try {
            return FormatTemplate.ofLiteral(literal.rawText());
        } catch (InvalidArgumentException e) {
            throw new ExpressionSyntaxException(String.valueOf(e.getMessage()), -1);
        }
    }

    /**
     * Check a literal template's placeholders against the count at compile time (the constructor has not set
     * {@code literalTemplate} yet); at run time {@link #apply} checks the compiled template instead of parsing it
     * again.
     */
    @Override
    void check(List<@Nullable JsonNode> values) {
        Argument first = arguments().get(0);
        if (literalTemplate == null && first instanceof LiteralArgument literal && literal.rawText() != null) {
            checkCount(FormatTemplate.ofLiteral(literal.rawText()), values.size() - 1);
        }
    }

    @Override
    JsonNode apply(List<JsonNode> values, EvaluationContext context) {
        FormatTemplate template = literalTemplate != null
                ? literalTemplate
                : FormatTemplate.ofValue(values.get(0).textValue());
        checkCount(template, values.size() - 1);
        return JsonNodeFactory.instance.textNode(template.fill(values));
    }

    private static void checkCount(FormatTemplate template, int values) {
        if (template.placeholders() != values) {
            throw new InvalidArgumentException(Causes.invalid(NAME, "the template has " + template.placeholders()
                    + " placeholder(s) but " + values + " value(s) follow it"));
        }
    }
}
