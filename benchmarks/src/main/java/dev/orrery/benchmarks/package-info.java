/**
 * JMH benchmarks of the interpreter over the peer-bench machines, reported per state transition.
 */
@NullMarked
package dev.orrery.benchmarks;

import org.jspecify.annotations.NullMarked;
