package dev.orrery.internal.scaffold;

/**
 * A case the search kept: its scenario, the target it was made for, and what its run reached.
 *
 * @param scenario the input and answers
 * @param claim the target it was made to reach
 * @param reach what its run reached
 */
record Found(Scenario scenario, Target claim, Reach reach) {}
