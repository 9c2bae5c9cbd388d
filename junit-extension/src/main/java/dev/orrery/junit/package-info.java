/**
 * The JUnit Jupiter extension: {@link dev.orrery.junit.StateMachineTest}, injected runners, executions and mock
 * sessions, Step Functions Local test cases as tests, strict mocks and failure reports with the path drawn.
 */
@NullMarked
package dev.orrery.junit;

import org.jspecify.annotations.NullMarked;
