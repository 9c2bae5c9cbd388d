package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

/**
 * Step Functions' payload quota: a state's input or output, or a task's result, may not exceed 262,144 bytes of
 * UTF-8 JSON. A cheap upper bound over the tree rules out almost every payload without serialising it; only a
 * payload whose bound is over the quota is serialised to count its exact bytes.
 */
final class PayloadLimit {

    /** The quota in bytes. */
    static final int MAX_BYTES = 262_144;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** At most 6 output bytes per UTF-16 char: a {@code \}{@code uXXXX} escape. */
    private static final int BYTES_PER_CHAR = 6;

    private PayloadLimit() {}

    /** Return whether the payload's UTF-8 JSON is longer than {@link #MAX_BYTES}. */
    static boolean exceeds(JsonNode payload) {
        return upperBound(payload, 0) > MAX_BYTES && exactBytes(payload) > MAX_BYTES;
    }

    /** Return AWS's cause text of States.DataLimitExceeded for the named state or task resource. */
    static String cause(String stateOrTask) {
        return "The state/task '" + stateOrTask + "' returned a result with a size exceeding the maximum number "
                + "of bytes service limit.";
    }

    /** Return an upper bound of the serialised size, stopping early once it is over the quota. */
    static long upperBound(JsonNode node, long soFar) {
        long size = soFar;
        if (node.isObject()) {
            size += 2;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && size <= MAX_BYTES; ) {
                Map.Entry<String, JsonNode> field = it.next();
                size = upperBound(field.getValue(), size + (long) field.getKey().length() * BYTES_PER_CHAR + 4);
            }
        } else if (node.isArray()) {
            size += 2;
            for (Iterator<JsonNode> it = node.elements(); it.hasNext() && size <= MAX_BYTES; ) {
                size = upperBound(it.next(), size + 1);
            }
        } else if (node.isTextual()) {
            size += (long) node.textValue().length() * BYTES_PER_CHAR + 2;
        } else if (node.isBigDecimal() || node.isBigInteger()) {
            size += node.asText().length() + 8;
        } else {
            size += 32;
        }
        return size;
    }

    /** Return the exact number of bytes of the payload's compact JSON in UTF-8. */
    static long exactBytes(JsonNode payload) {
        Utf8CountingWriter counter = new Utf8CountingWriter();
        try {
            MAPPER.writeValue(counter, payload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return counter.count;
    }

    /** A writer that only counts the UTF-8 bytes of what it is given (a surrogate pair is 4 bytes). */
    private static final class Utf8CountingWriter extends Writer {
        private long count;

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                count += bytes(chars[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                count += bytes(text.charAt(i));
            }
        }

        private static int bytes(char c) {
            if (c < 0x80) {
                return 1;
            }
            if (c < 0x800) {
                return 2;
            }
            if (Character.isHighSurrogate(c)) {
                return 4;
            }
            return Character.isLowSurrogate(c) ? 0 : 3;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
