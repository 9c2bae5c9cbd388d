package dev.orrery.internal.intrinsics;

/** The input length limit of States.Base64Encode, States.Base64Decode and States.Hash. */
final class InputLimits {

    /** The most characters these functions accept. */
    static final int MAX_CHARACTERS = 10_000;

    private InputLimits() {}

    /**
     * Check the input length.
     *
     * @throws InvalidArgumentException when the input is longer than {@link #MAX_CHARACTERS}
     */
    static void check(String function, String input) {
        if (input.length() > MAX_CHARACTERS) {
            throw new InvalidArgumentException(Causes.invalid(function, "the input must not exceed " + MAX_CHARACTERS
                    + " characters but has " + input.length()));
        }
    }
}
