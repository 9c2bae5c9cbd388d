/**
 * Test scaffolding: from a definition, placeholder Task results in each integration's AWS shape and one test case
 * per path, together reaching every state, Choice branch and Catch edge Orrery could drive, written as a Step
 * Functions Local mock configuration, a JUnit 5 test class or a declarative test file.
 */
@NullMarked
package dev.orrery.scaffold;

import org.jspecify.annotations.NullMarked;
