package dev.orrery.server.internal;

import static dev.orrery.server.internal.StepFunctionsService.ACCOUNT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.internal.teststate.RequestJson;
import dev.orrery.internal.teststate.ResponseJson;
import dev.orrery.run.ExecutionOptions;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.UnmockedTaskException;
import dev.orrery.teststate.StateTester;
import dev.orrery.teststate.TestStateException;
import dev.orrery.teststate.TestStateRequest;

/**
 * TestState: one state run by the engine of {@link StateTester} in the endpoint's account and the client's region,
 * answered in TestState's response shape. A request AWS would refuse answers the code and message the engine gives
 * it ({@code InvalidDefinition}, {@code ValidationException}...), with HTTP 400. A Task state the request does not
 * mock, which AWS would call for real, answers {@code ValidationException} with Orrery's own fix-it text: the
 * endpoint never calls real services.
 */
final class TestStateOperation {

    private static final TaskIntegration UNMOCKED = call -> {
        throw new UnmockedTaskException("Orrery: the Step Functions endpoint never calls real services, and Task "
                + "state \"" + call.stateName() + "\" (resource " + call.resource() + ") has no mock: give the "
                + "TestState request a mock ({\"result\": ...} or {\"errorOutput\": {\"error\": ..., \"cause\": "
                + "...}})");
    };

    ObjectNode testState(ObjectNode request, String region) {
        try {
            TestStateRequest read = RequestJson.read(request);
            return ResponseJson.of(StateTester.of(read).integration(UNMOCKED)
                    .options(ExecutionOptions.defaults().withAccountId(ACCOUNT).withRegion(region)).test(),
                    read.input());
        } catch (TestStateException e) {
            throw new ApiException(e.code(), e.getMessage());
        } catch (UnmockedTaskException e) {
            throw new ApiException("ValidationException", e.getMessage());
        }
    }
}
