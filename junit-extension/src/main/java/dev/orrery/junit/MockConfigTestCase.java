package dev.orrery.junit;

import org.apiguardian.api.API;

/**
 * A test case of a Step Functions Local mock configuration, injected into {@link StepFunctionsLocalTestCases} tests.
 *
 * @param stateMachine the state machine of the mock configuration, never {@code null}
 * @param name the test case name, never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MockConfigTestCase(String stateMachine, String name) {}
