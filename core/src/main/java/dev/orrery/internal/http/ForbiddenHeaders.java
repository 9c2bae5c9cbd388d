package dev.orrery.internal.http;

import java.util.Locale;
import java.util.Set;

/** The request headers an HTTP Task definition may not set: AWS fails such a task with {@code States.Runtime}. */
public final class ForbiddenHeaders {

    private static final Set<String> NAMES = Set.of("a-im", "accept-charset", "accept-datetime", "accept-encoding",
            "authorization", "cache-control", "connection", "content-encoding", "content-md5", "date", "expect",
            "forwarded", "from", "host", "http2-settings", "if-match", "if-modified-since", "if-none-match",
            "if-range", "if-unmodified-since", "max-forwards", "origin", "pragma", "proxy-authorization", "referer",
            "server", "te", "trailer", "transfer-encoding", "upgrade", "via", "warning");

    private ForbiddenHeaders() {}

    /** Return whether the header may not be set in an HTTP Task definition (names compare case-insensitively). */
    public static boolean isForbidden(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || lower.startsWith("x-forwarded-") || lower.startsWith("x-amz-")
                || lower.startsWith("x-amzn-");
    }
}
