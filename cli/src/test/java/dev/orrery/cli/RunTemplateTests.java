package dev.orrery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orrery run --template}: a state machine of a CloudFormation template, with substitutions. */
class RunTemplateTests {

    @TempDir
    Path dir;

    private String template;
    private String mocks;

    @BeforeEach
    void write_a_template_and_mocks() throws IOException {
        template = Files.writeString(dir.resolve("template.yaml"), """
                Resources:
                  Greeter:
                    Type: AWS::Lambda::Function
                  GreetingFlow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionString: !Sub |
                        {"StartAt": "Greet", "States": {"Greet": {"Type": "Task",
                         "Resource": "${Greeter.Arn}", "Parameters": {"greeting": "${Greeting}"}, "End": true}}}
                  OtherFlow:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      Definition: {StartAt: P, States: {P: {Type: Pass, End: true}}}
                """).toString();
        mocks = Files.writeString(dir.resolve("mocks.json"), """
                {"Greet": {"0": {"Return": {"said": "hello"}}}}""").toString();
    }

    @Test
    void runs_a_state_machine_of_a_template_with_substitutions() {
        Cli cli = Cli.run("run", "--template", template, "--state-machine", "GreetingFlow", "--substitution",
                "Greeting=hello", "--mocks", mocks);

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Status: SUCCEEDED").contains("Output: {\"said\":\"hello\"}");
    }

    @Test
    void fails_the_run_that_reaches_an_unsubstituted_placeholder_and_says_how_to_substitute_it() {
        Cli cli = Cli.run("run", "--template", template, "--state-machine", "GreetingFlow", "--mocks", mocks);

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("(/States/Greet/Parameters/greeting) warning: ${Greeting}");
        assertThat(cli.out()).contains("Error: States.Runtime").contains("--substitution Greeting=value");
    }

    @Test
    void asks_for_the_logical_id_when_the_template_has_several_state_machines() {
        Cli cli = Cli.run("run", "--template", template);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("has 2 state machines [GreetingFlow, OtherFlow]; name one by its logical id"
                + " (--state-machine LOGICAL_ID)");
    }

    @Test
    void needs_a_definition_or_a_template_but_not_both() {
        assertThat(Cli.run("run").err()).contains("needs --definition FILE or --template FILE (one of them)");
        assertThat(Cli.run("run", "--definition", template, "--template", template).exitCode()).isEqualTo(2);
    }

    @Test
    void asks_for_the_logical_id_when_a_template_is_given_as_the_definition() {
        Cli cli = Cli.run("run", "--definition", template);

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("is a template with 2 state machines [GreetingFlow, OtherFlow]; use --template "
                + template + " --state-machine LOGICAL_ID");
    }
}
