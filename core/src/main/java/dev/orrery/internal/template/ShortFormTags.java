package dev.orrery.internal.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what CloudFormation reads but YAML does not: two short-form tags on one value ({@code !GetAZs !Ref
 * AWS::Region}, {@code !Base64 !Ref Value}), which YAML forbids and CloudFormation templates of public samples use.
 */
final class ShortFormTags {

    /** A tag, then a second tag and a plain scalar that ends the line. */
    private static final Pattern NESTED = Pattern.compile(
            "(![A-Za-z]+)[ \\t]+!([A-Za-z]+)[ \\t]+([^\\s|>\\[\\]{}#,'\"][^#\\n]*?)[ \\t]*$", Pattern.MULTILINE);

    private ShortFormTags() {}

    /** Return the text with the inner tag of each pair written in its long form; lines and line numbers are kept. */
    static String separateNested(String text) {
        return NESTED.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + " {\""
                + longName(match.group(2)) + "\": \"" + match.group(3).replace("\"", "\\\"") + "\"}"));
    }

    private static String longName(String tag) {
        return tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
    }
}
