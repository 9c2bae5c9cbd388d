/**
 * Internal helpers shared by Orrery's JUnit modules; not an API, exported only to them.
 */
@NullMarked
package dev.orrery.junit.internal;

import org.jspecify.annotations.NullMarked;
