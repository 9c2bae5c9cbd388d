package dev.orrery.internal.http;

import org.jspecify.annotations.Nullable;

/** How the request body is sent ({@code Transform.RequestBodyEncoding}). */
public enum RequestBodyEncoding {
    /** The serialized JSON of {@code RequestBody}: the default. */
    NONE,
    /** The URL-encoded form data of {@code RequestBody}. */
    URL_ENCODED;

    /** Return the encoding of that name, or {@code null} when AWS knows none. */
    public static @Nullable RequestBodyEncoding named(String name) {
        for (RequestBodyEncoding encoding : values()) {
            if (encoding.name().equals(name)) {
                return encoding;
            }
        }
        return null;
    }
}
