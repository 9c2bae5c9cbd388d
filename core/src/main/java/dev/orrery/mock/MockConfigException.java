package dev.orrery.mock;

import org.apiguardian.api.API;

/** A malformed mock file: the message names the JSON pointer of the offending entry. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @serial the JSON pointer of the offending entry, never {@code null} */
    private final String pointer;

    /**
     * Create the error for the entry at the given JSON pointer ({@code /} for the whole file).
     *
     * @param pointer the JSON pointer of the offending entry, never {@code null}
     * @param problem what is wrong with the entry, never {@code null}
     */
    public MockConfigException(String pointer, String problem) {
        super("Mocked responses (" + pointer + "): " + problem);
        this.pointer = pointer;
    }

    /**
     * Return the JSON pointer of the offending entry.
     *
     * @return the JSON pointer
     */
    public String pointer() {
        return pointer;
    }
}
