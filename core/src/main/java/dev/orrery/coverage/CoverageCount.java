package dev.orrery.coverage;

import org.apiguardian.api.API;

/**
 * How many items of one kind a state machine has, and how many of them a test run reached.
 *
 * @param total the number of items, at least 0
 * @param covered the number reached at least once, between 0 and {@code total}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CoverageCount(int total, int covered) {

    /**
     * Check the counts.
     *
     * @param total the number of items, at least 0
     * @param covered the number reached at least once, between 0 and {@code total}
     */
    public CoverageCount {
        if (total < 0 || covered < 0 || covered > total) {
            throw new IllegalArgumentException("covered must be between 0 and total but was " + covered + " of "
                    + total);
        }
    }

    /**
     * Return the covered share, 1.0 when there is nothing to cover.
     *
     * @return a ratio between 0.0 and 1.0
     */
    public double ratio() {
        return total == 0 ? 1.0 : (double) covered / total;
    }

    /**
     * Return the count as {@code covered/total (percent%)}, e.g. {@code 7/9 (77.8%)}.
     *
     * @return the text, never {@code null}
     */
    @Override
    public String toString() {
        return covered + "/" + total + " (" + String.format(java.util.Locale.ROOT, "%.1f", ratio() * 100) + "%)";
    }
}
