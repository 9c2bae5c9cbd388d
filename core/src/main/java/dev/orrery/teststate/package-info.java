/**
 * Run one state in isolation, as the Step Functions TestState API does, offline: {@link dev.orrery.teststate.StateTester}
 * takes a state (or a definition and a state name), an input, a mock and TestState's other parameters, and returns a
 * {@link dev.orrery.teststate.TestStateResult} in TestState's shape, inspection data included.
 */
@NullMarked
package dev.orrery.teststate;

import org.jspecify.annotations.NullMarked;
