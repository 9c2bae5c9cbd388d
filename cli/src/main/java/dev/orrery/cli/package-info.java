/**
 * The {@code orrery} command line: run a state machine on a virtual clock, validate definitions, replay the
 * conformance corpus.
 */
@NullMarked
package dev.orrery.cli;

import org.jspecify.annotations.NullMarked;
