package dev.orrery.teststate;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A TestState request, field by field as AWS's API takes it: the JSON fields are JSON text. Build variants with the
 * {@code with...} methods: {@code TestStateRequest.of(definition).withStateName("Charge").withInput("{}")}.
 *
 * @param definition one state's definition, or a whole state machine's when {@code stateName} is set; never
 *     {@code null}
 * @param roleArn the execution role, or {@code null}
 * @param input the state input as JSON text, or {@code null} for {@code {}}
 * @param inspectionLevel how much to show, or {@code null} for {@link InspectionLevel#INFO}
 * @param revealSecrets whether to show an HTTP Task's connection secrets, or {@code null}
 * @param variables the workflow variables as a JSON object text, or {@code null}
 * @param stateName the state of the machine to test, or {@code null} when {@code definition} is one state
 * @param mock the mocked result or error, or {@code null}
 * @param context the Context object as JSON text, or {@code null}
 * @param stateConfiguration settings of the state, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TestStateRequest(
        String definition,
        @Nullable String roleArn,
        @Nullable String input,
        @Nullable InspectionLevel inspectionLevel,
        @Nullable Boolean revealSecrets,
        @Nullable String variables,
        @Nullable String stateName,
        @Nullable TestStateMock mock,
        @Nullable String context,
        @Nullable StateConfiguration stateConfiguration) {

    /**
     * Check the definition.
     *
     * @param definition the definition, never {@code null}
     * @param roleArn the execution role, or {@code null}
     * @param input the input as JSON text, or {@code null}
     * @param inspectionLevel the inspection level, or {@code null}
     * @param revealSecrets whether to reveal secrets, or {@code null}
     * @param variables the variables as JSON text, or {@code null}
     * @param stateName the state to test, or {@code null}
     * @param mock the mock, or {@code null}
     * @param context the Context object as JSON text, or {@code null}
     * @param stateConfiguration the state's settings, or {@code null}
     */
    public TestStateRequest {
        Objects.requireNonNull(definition, "definition");
    }

    /**
     * Create a request with the definition only.
     *
     * @param definition one state's definition, or a whole machine's (then set {@link #withStateName})
     * @return the request
     */
    public static TestStateRequest of(String definition) {
        return new TestStateRequest(definition, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Return this request with the state to test inside a whole definition.
     *
     * @param name the state's name, never {@code null}
     * @return the request
     */
    public TestStateRequest withStateName(String name) {
        return new TestStateRequest(definition, roleArn, input, inspectionLevel, revealSecrets, variables, name, mock,
                context, stateConfiguration);
    }

    /**
     * Return this request with the input.
     *
     * @param json the input as JSON text, never {@code null}
     * @return the request
     */
    public TestStateRequest withInput(String json) {
        return new TestStateRequest(definition, roleArn, json, inspectionLevel, revealSecrets, variables, stateName,
                mock, context, stateConfiguration);
    }

    /**
     * Return this request with the execution role.
     *
     * @param arn the role ARN, never {@code null}
     * @return the request
     */
    public TestStateRequest withRoleArn(String arn) {
        return new TestStateRequest(definition, arn, input, inspectionLevel, revealSecrets, variables, stateName,
                mock, context, stateConfiguration);
    }

    /**
     * Return this request with the inspection level.
     *
     * @param level the level, never {@code null}
     * @return the request
     */
    public TestStateRequest withInspectionLevel(InspectionLevel level) {
        return new TestStateRequest(definition, roleArn, input, level, revealSecrets, variables, stateName, mock,
                context, stateConfiguration);
    }

    /**
     * Return this request with secrets revealed or not.
     *
     * @param reveal whether to reveal secrets
     * @return the request
     */
    public TestStateRequest withRevealSecrets(boolean reveal) {
        return new TestStateRequest(definition, roleArn, input, inspectionLevel, reveal, variables, stateName, mock,
                context, stateConfiguration);
    }

    /**
     * Return this request with workflow variables.
     *
     * @param json the variables as a JSON object text, never {@code null}
     * @return the request
     */
    public TestStateRequest withVariables(String json) {
        return new TestStateRequest(definition, roleArn, input, inspectionLevel, revealSecrets, json, stateName, mock,
                context, stateConfiguration);
    }

    /**
     * Return this request with a mock.
     *
     * @param newMock the mock, never {@code null}
     * @return the request
     */
    public TestStateRequest withMock(TestStateMock newMock) {
        return new TestStateRequest(definition, roleArn, input, inspectionLevel, revealSecrets, variables, stateName,
                newMock, context, stateConfiguration);
    }

    /**
     * Return this request with a Context object.
     *
     * @param json the Context object as JSON text, never {@code null}
     * @return the request
     */
    public TestStateRequest withContext(String json) {
        return new TestStateRequest(definition, roleArn, input, inspectionLevel, revealSecrets, variables, stateName,
                mock, json, stateConfiguration);
    }

    /**
     * Return this request with settings of the state.
     *
     * @param configuration the settings, never {@code null}
     * @return the request
     */
    public TestStateRequest withStateConfiguration(StateConfiguration configuration) {
        return new TestStateRequest(definition, roleArn, input, inspectionLevel, revealSecrets, variables, stateName,
                mock, context, configuration);
    }
}
