package dev.orrery.internal.http;

import org.jspecify.annotations.Nullable;

/** How a URL-encoded request body encodes arrays ({@code Transform.RequestEncodingOptions.ArrayFormat}). */
public enum ArrayFormat {
    /** {@code array[0]=a&array[1]=b}: the default. */
    INDICES,
    /** {@code array=a&array=b}. */
    REPEAT,
    /** {@code array=a,b}. */
    COMMAS,
    /** {@code array[]=a&array[]=b}. */
    BRACKETS;

    /** Return the format of that name, or {@code null} when AWS knows none. */
    public static @Nullable ArrayFormat named(String name) {
        for (ArrayFormat format : values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        return null;
    }
}
