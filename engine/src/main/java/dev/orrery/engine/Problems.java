package dev.orrery.engine;

import dev.orrery.parse.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a test file, each problem located as {@code file:line:col: message}. */
final class Problems {

    private final List<String> messages = new ArrayList<>();

    /** Report a problem at the position. */
    void add(SourcePosition position, String message) {
        messages.add(position + ": " + message);
    }

    /** Report a problem already located. */
    void add(String located) {
        messages.add(located);
    }

    /** Return whether nothing was reported. */
    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** Return the problems in the order they were reported. */
    List<String> messages() {
        return List.copyOf(messages);
    }
}
