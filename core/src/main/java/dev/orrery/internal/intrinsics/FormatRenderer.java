package dev.orrery.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Renders a States.Format argument as AWS does: strings as they are, objects as {@code {Arg1=1, Arg2=[]}} and arrays
 * as {@code [1, 2]} (Java's Map and List toString, as AWS's recorded executions show), {@code null} as {@code null},
 * floating-point numbers as Java prints a double.
 */
final class FormatRenderer {

    private FormatRenderer() {}

    /** Append the text the value stands for; integers, booleans and null without a Jackson generator. */
    static void append(StringBuilder text, JsonNode value) {
        if (value.isTextual()) {
            text.append(value.textValue());
        } else if (value.isInt() || value.isLong() || value.isShort()) {
            text.append(value.longValue());
        } else if (value.isBigInteger()) {
            text.append(value.bigIntegerValue());
        } else if (value.isBoolean()) {
            text.append(value.booleanValue());
        } else if (value.isNull()) {
            text.append("null");
        } else if (value.isBigDecimal()) {
            text.append(value.decimalValue());
        } else if (value.isFloatingPointNumber()) {
            text.append(value.doubleValue());
        } else if (value.isObject()) {
            appendObject(text, value);
        } else if (value.isArray()) {
            text.append('[');
            for (int i = 0; i < value.size(); i++) {
                text.append(i == 0 ? "" : ", ");
                append(text, value.get(i));
            }
            text.append(']');
        } else {
            text.append(value.toString());
        }
    }

    private static void appendObject(StringBuilder text, JsonNode value) {
        text.append('{');
        Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            text.append(field.getKey()).append('=');
            append(text, field.getValue());
            text.append(fields.hasNext() ? ", " : "");
        }
        text.append('}');
    }
}
