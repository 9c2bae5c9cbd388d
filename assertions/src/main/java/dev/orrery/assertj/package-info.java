/**
 * Fluent AssertJ assertions over finished Orrery executions: status, path, states, JSON values, history and
 * virtual time; start with {@link dev.orrery.assertj.OrreryAssertions}.
 */
@NullMarked
package dev.orrery.assertj;

import org.jspecify.annotations.NullMarked;
