package dev.orrery.internal.http;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts an HTTP Task may be sent to: {@code localhost}, IPv4 {@code 127.0.0.0/8} and IPv6 {@code ::1}, written
 * literally (no name is resolved), so a test can never reach the internet.
 */
public final class LoopbackHosts {

    private static final Pattern IPV4_LOOPBACK =
            Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\."
                    + "(25[0-5]|2[0-4]\\d|1?\\d?\\d)");

    private LoopbackHosts() {}

    /** Return whether the host (as in a URI, IPv6 in brackets or not) is a loopback host. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches() || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }
}
