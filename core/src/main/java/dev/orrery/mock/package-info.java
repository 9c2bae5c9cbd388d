/**
 * Declared task answers for tests: immutable, deterministic {@link dev.orrery.mock.TaskMocks} (by state, resource
 * pattern or {@link dev.orrery.mock.RequestMatcher}, answers in sequence, AWS response shapes and error names, Java
 * {@link dev.orrery.mock.TaskHandler}s), per-run {@link dev.orrery.mock.MockSession}s that record and verify calls,
 * and Step Functions Local's mock files ({@link dev.orrery.mock.StepFunctionsLocalMockConfig}).
 */
@NullMarked
package dev.orrery.mock;

import org.jspecify.annotations.NullMarked;
