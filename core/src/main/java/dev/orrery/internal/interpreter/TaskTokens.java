package dev.orrery.internal.interpreter;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.SplittableRandom;

/** Makes task tokens ({@code $$.Task.Token}) from the execution's seeded random source: same seed, same tokens. */
final class TaskTokens {

    private static final int LONGS = 12;

    private TaskTokens() {}

    /** Return a new opaque token shaped like AWS's: URL-safe Base64 of random bytes. */
    static String next(SplittableRandom random) {
        ByteBuffer bytes = ByteBuffer.allocate(LONGS * Long.BYTES);
        for (int i = 0; i < LONGS; i++) {
            bytes.putLong(random.nextLong());
        }
        return "AQ" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
