/**
 * The JUnit Platform test engine {@link dev.orrery.engine.OrreryTestEngine}: each case of a {@code *.orrery.yaml} or
 * {@code *.orrery.json} test file runs as one test, with mocks, callbacks and expectations written as data.
 */
@NullMarked
package dev.orrery.engine;

import org.jspecify.annotations.NullMarked;
