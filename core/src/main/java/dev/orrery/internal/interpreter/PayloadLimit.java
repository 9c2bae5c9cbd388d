package dev.orrery.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * Step Functions' payload quota: a state's input or output, or a task's result, may not exceed 262,144 bytes of
 * UTF-8 JSON. {@link PayloadSizes} computes the exact size from a payload's parts; serialising here is the
 * reference it matches, and counts only the rare nodes it has no rule for (binary, POJO).
 */
final class PayloadLimit {

    /** The quota in bytes. */
    static final int MAX_BYTES = 262_144;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PayloadLimit() {}

    /** Return AWS's cause text of States.DataLimitExceeded for the named state or task resource. */
    static String cause(String stateOrTask) {
        return "The state/task '" + stateOrTask + "' returned a result with a size exceeding the maximum number "
                + "of bytes service limit.";
    }

    /**
     * Return Orrery's cause of States.DataLimitExceeded for a result nested too deeply: AWS documents a size quota
     * only, so the wording is Orrery's own.
     */
    static String depthCause(String stateOrTask) {
        return "The state/task '" + stateOrTask + "' returned a result nested more than " + PayloadSizes.MAX_DEPTH
                + " levels deep, which exceeds Orrery's nesting limit for JSON data.";
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
