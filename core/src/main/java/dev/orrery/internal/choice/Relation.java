package dev.orrery.internal.choice;

/** How two ordered values must compare for a comparison to hold. */
enum Relation {
    /** {@code *Equals}. */
    EQUALS,
    /** {@code *LessThan}. */
    LESS_THAN,
    /** {@code *GreaterThan}. */
    GREATER_THAN,
    /** {@code *LessThanEquals}. */
    LESS_THAN_EQUALS,
    /** {@code *GreaterThanEquals}. */
    GREATER_THAN_EQUALS;

    /** Return whether a {@code compareTo} result satisfies the relation. */
    boolean holds(int comparison) {
        return switch (this) {
            case EQUALS -> comparison == 0;
            case LESS_THAN -> comparison < 0;
            case GREATER_THAN -> comparison > 0;
            case LESS_THAN_EQUALS -> comparison <= 0;
            case GREATER_THAN_EQUALS -> comparison >= 0;
        };
    }
}
