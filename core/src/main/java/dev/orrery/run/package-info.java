/**
 * Run state machines on a virtual clock and inspect the finished, immutable {@link dev.orrery.run.Execution}.
 */
@NullMarked
package dev.orrery.run;

import org.jspecify.annotations.NullMarked;
