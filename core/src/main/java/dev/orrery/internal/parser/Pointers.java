package dev.orrery.internal.parser;

/** JSON pointer (RFC 6901) helpers. */
public final class Pointers {

    private Pointers() {}

    /** Return the pointer of a member of the object at {@code parent}. */
    public static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** Return the pointer of an element of the array at {@code parent}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** Return the last reference token of the pointer, unescaped. */
    static String lastToken(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    /** Return the pointer of the parent. */
    static String parent(String pointer) {
        return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    }
}
