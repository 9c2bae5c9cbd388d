package dev.orrery.mock;

import org.apiguardian.api.API;

/**
 * How many matching calls a verification expects, as in Mockito: {@link #times(int)}, {@link #never()},
 * {@link #once()}, {@link #atLeast(int)}, {@link #atMost(int)}.
 *
 * @param min the fewest calls accepted
 * @param max the most calls accepted
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record VerificationMode(int min, int max) {

    /**
     * Check that the bounds are ordered and not negative.
     *
     * @param min the fewest calls accepted
     * @param max the most calls accepted
     */
    public VerificationMode {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("expected 0 <= min <= max but was " + min + ".." + max);
        }
    }

    /**
     * Expect exactly {@code count} calls.
     *
     * @param count the exact number of calls, not negative
     * @return the mode
     */
    public static VerificationMode times(int count) {
        return new VerificationMode(count, count);
    }

    /**
     * Expect no call.
     *
     * @return the mode
     */
    public static VerificationMode never() {
        return times(0);
    }

    /**
     * Expect exactly one call.
     *
     * @return the mode
     */
    public static VerificationMode once() {
        return times(1);
    }

    /**
     * Expect {@code count} calls or more.
     *
     * @param count the least number of calls, not negative
     * @return the mode
     */
    public static VerificationMode atLeast(int count) {
        return new VerificationMode(count, Integer.MAX_VALUE);
    }

    /**
     * Expect {@code count} calls or fewer.
     *
     * @param count the most number of calls, not negative
     * @return the mode
     */
    public static VerificationMode atMost(int count) {
        return new VerificationMode(0, count);
    }

    /**
     * Return whether the number of calls satisfies this mode.
     *
     * @param calls the number of calls made
     * @return {@code true} when the number is within the bounds
     */
    public boolean accepts(int calls) {
        return calls >= min && calls <= max;
    }

    /**
     * Return the expectation in words, e.g. {@code exactly 2 calls}.
     *
     * @return the expectation
     */
    public String describe() {
        if (min == max) {
            return min == 0 ? "no call" : "exactly " + plural(min);
        }
        return max == Integer.MAX_VALUE ? "at least " + plural(min) : "at most " + plural(max);
    }

    private static String plural(int count) {
        return count + (count == 1 ? " call" : " calls");
    }
}
