package dev.orrery.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ConflictException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineVersionListItem;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** Versions, aliases and tags through the SDK. */
@StepFunctionsEndpoint
class VersionsAliasesAndTagsTests {

    private static String pass(String result) {
        return "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Result\": \"" + result
                + "\", \"End\": true}}}";
    }

    @Test
    void runs_each_published_version_with_its_own_definition(URI endpoint) {
        SfnClient sfn = Sfn.client(endpoint);
        var created = sfn.createStateMachine(r -> r.name("Versioned").definition(pass("v1")).roleArn(Sfn.ROLE)
                .publish(true));
        String machine = created.stateMachineArn();
        var updated = sfn.updateStateMachine(r -> r.stateMachineArn(machine).definition(pass("v2")).publish(true)
                .versionDescription("second"));

        String first = sfn.startExecution(r -> r.stateMachineArn(machine + ":1")).executionArn();
        String latest = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();

        assertThat(created.stateMachineVersionArn()).isEqualTo(machine + ":1");
        assertThat(updated.stateMachineVersionArn()).isEqualTo(machine + ":2");
        assertThat(sfn.describeExecution(r -> r.executionArn(first)).output()).isEqualTo("\"v1\"");
        assertThat(sfn.describeExecution(r -> r.executionArn(latest)).output()).isEqualTo("\"v2\"");
        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(machine + ":2")).description())
                .isEqualTo("second");
        assertThat(sfn.listStateMachineVersions(r -> r.stateMachineArn(machine)).stateMachineVersions())
                .extracting(StateMachineVersionListItem::stateMachineVersionArn)
                .containsExactly(machine + ":2", machine + ":1");
        assertThat(sfn.listExecutions(r -> r.stateMachineArn(machine + ":1")).executions())
                .extracting(ExecutionListItem::executionArn).containsExactly(first);
        assertThatThrownBy(() -> sfn.publishStateMachineVersion(r -> r.stateMachineArn(machine)
                .revisionId("00000000-0000-4000-8000-000000000000")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Failed to publish the State Machine version for revision");
    }

    @Test
    void routes_executions_through_an_alias_and_checks_its_routing(URI endpoint) {
        SfnClient sfn = Sfn.client(endpoint);
        String machine = sfn.createStateMachine(r -> r.name("Aliased").definition(pass("a")).roleArn(Sfn.ROLE)
                .publish(true)).stateMachineArn();
        String alias = sfn.createStateMachineAlias(r -> r.name("live").routingConfiguration(
                RoutingConfigurationListItem.builder().stateMachineVersionArn(machine + ":1").weight(100).build()))
                .stateMachineAliasArn();

        String execution = sfn.startExecution(r -> r.stateMachineArn(alias)).executionArn();

        var described = sfn.describeExecution(r -> r.executionArn(execution));
        assertThat(alias).isEqualTo(machine + ":live");
        assertThat(described.stateMachineAliasArn()).isEqualTo(alias);
        assertThat(described.stateMachineVersionArn()).isEqualTo(machine + ":1");
        assertThatThrownBy(() -> sfn.createStateMachineAlias(r -> r.name("half").routingConfiguration(
                RoutingConfigurationListItem.builder().stateMachineVersionArn(machine + ":1").weight(50).build())))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Sum of routing configuration weights must equal 100. Received: [50]");
    }

    @Test
    void tags_a_state_machine_and_refuses_a_version(URI endpoint) {
        SfnClient sfn = Sfn.client(endpoint);
        String machine = sfn.createStateMachine(r -> r.name("Tagged").definition(pass("t")).roleArn(Sfn.ROLE)
                .tags(Tag.builder().key("team").value("orders").build()).publish(true)).stateMachineArn();

        sfn.tagResource(r -> r.resourceArn(machine).tags(Tag.builder().key("env").value("test").build()));
        sfn.untagResource(r -> r.resourceArn(machine).tagKeys("team"));

        assertThat(sfn.listTagsForResource(r -> r.resourceArn(machine)).tags())
                .containsExactly(Tag.builder().key("env").value("test").build());
        assertThatThrownBy(() -> sfn.tagResource(r -> r.resourceArn(machine + ":1")
                .tags(Tag.builder().key("k").value("v").build())))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Resource not found: '" + machine + ":1'");
    }
}
