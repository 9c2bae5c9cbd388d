package dev.orrery.internal.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget of character reads for user regular expressions: Java's engine backtracks, so a pattern such as
 * {@code (.*a){12}!} can take exponential time; run over a string that counts its reads, a pattern stops at the
 * budget instead of hanging the run. The count is deterministic: the same pattern and text spend the same reads.
 */
public final class RegexBudget {

    private long left;

    /** Create a budget of the given number of character reads. */
    public RegexBudget(long reads) {
        this.left = reads;
    }

    /** Find every match of the pattern in the text, as a search does; return {@code false} when the budget ran out. */
    public boolean findAll(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(new CountedText(text));
        try {
            while (matcher.find()) {
                // each match is found once, as the caller will find it
            }
            return true;
        } catch (BudgetSpentException e) {
            return false;
        }
    }

    /** Match the whole text against the pattern; return {@code false} when the budget ran out. */
    public boolean matchWhole(Pattern pattern, String text) {
        try {
            pattern.matcher(new CountedText(text)).matches();
            return true;
        } catch (BudgetSpentException e) {
            return false;
        }
    }

    /** A string that counts the reads the regular expression engine makes. */
    private final class CountedText implements CharSequence {

        private final String text;

        CountedText(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new BudgetSpentException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountedText(text.substring(start, end));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Raised inside the engine when the budget is spent. */
    private static final class BudgetSpentException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BudgetSpentException() {
            super(null, null, false, false);
        }
    }
}
