package dev.orrery.mock;

import org.apiguardian.api.API;

/** A malformed mock file: the message names the JSON pointer of the offending entry. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    /** Create the error for the entry at the given JSON pointer ({@code /} for the whole file). */
    public MockConfigException(String pointer, String problem) {
        super("Mocked responses (" + pointer + "): " + problem);
        this.pointer = pointer;
    }

    /** Return the JSON pointer of the offending entry. */
    public String pointer() {
        return pointer;
    }
}
