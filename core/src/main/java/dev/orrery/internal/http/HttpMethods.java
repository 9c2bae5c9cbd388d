package dev.orrery.internal.http;

import java.util.List;

/** The HTTP methods an HTTP Task accepts. */
public final class HttpMethods {

    /** The methods, as AWS lists them. */
    public static final List<String> ALLOWED = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    private HttpMethods() {}

    /** Return whether the method is one an HTTP Task accepts (case-sensitive, as AWS spells them). */
    public static boolean isAllowed(String method) {
        return ALLOWED.contains(method);
    }
}
