package dev.orrery.parse;

import dev.orrery.internal.template.TemplateFile;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A SAM, CloudFormation or CDK template read by {@link StateMachineDefinitions#fromTemplate(java.nio.file.Path)}:
 * pick one of its state machines by logical id.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineTemplate {

    private final TemplateFile template;

    StateMachineTemplate(TemplateFile template) {
        this.template = template;
    }

    /**
     * Return the logical ids of the template's state machines ({@code AWS::StepFunctions::StateMachine} and
     * {@code AWS::Serverless::StateMachine}), in template order.
     *
     * @return the logical ids, never {@code null}
     */
    public List<String> stateMachineIds() {
        return template.stateMachineIds();
    }

    /**
     * Return the template's only state machine.
     *
     * @return its definition, to substitute and parse
     * @throws IllegalArgumentException when the template has none, or several (listing their logical ids)
     */
    public StateMachineDefinition stateMachine() {
        List<String> ids = stateMachineIds();
        if (ids.size() != 1) {
            throw new IllegalArgumentException(template.source() + (ids.isEmpty() ? " has no state machine"
                    + " (AWS::StepFunctions::StateMachine or AWS::Serverless::StateMachine)"
                    : " has " + ids.size() + " state machines " + ids + "; name one by its logical id"));
        }
        return stateMachine(ids.get(0));
    }

    /**
     * Return the state machine of the given logical id; for a CDK template, the construct id (the last part of its
     * {@code aws:cdk:path} before {@code /Resource}) works too.
     *
     * @param logicalId the logical id, never {@code null}
     * @return its definition, to substitute and parse
     * @throws IllegalArgumentException when no state machine has that id, listing those there are
     */
    public StateMachineDefinition stateMachine(String logicalId) {
        String id = template.logicalId(logicalId);
        if (id == null) {
            throw new IllegalArgumentException(template.source() + " has no state machine \"" + logicalId + "\"; its"
                    + " state machines are " + stateMachineIds());
        }
        return StateMachineDefinition.ofTemplate(template, id);
    }
}
