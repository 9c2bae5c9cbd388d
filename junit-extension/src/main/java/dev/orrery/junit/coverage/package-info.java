/**
 * Coverage of state machines over a whole test run: every execution of the JUnit extension (and of other test
 * engines that call {@link dev.orrery.junit.coverage.CoverageCollector}) is recorded, and the report is written to
 * {@code target/orrery/coverage/} when the run ends.
 */
@NullMarked
package dev.orrery.junit.coverage;

import org.jspecify.annotations.NullMarked;
