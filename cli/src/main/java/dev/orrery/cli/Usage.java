package dev.orrery.cli;

/** The help texts. */
final class Usage {

    static final String MAIN = """
            Usage: orrery <command> [options]

            Commands:
              run --definition FILE [--input JSON|@FILE] [--mocks FILE] [--format text|json]
              run --template FILE [--state-machine ID] [--substitution KEY=VALUE]... [--input ...]
                  Run a state machine on a virtual clock with mocked tasks.
              validate FILE... [--template FILE [--state-machine ID]] [--substitution KEY=VALUE]...
                  [--format text|json]
                  Check definitions (ASL JSON or YAML, templates) and print every diagnostic.
              conformance DIR [--report FILE]
                  Replay executions recorded on real AWS and compare the results.

            Run 'orrery <command> --help' for a command's options.
            Exit codes: 0 success, 1 failed execution / invalid definition, 2 bad usage, 3 internal error.
            """;

    static final String RUN = """
            Usage: orrery run (--definition FILE | --template FILE [--state-machine ID])
                              [--substitution KEY=VALUE]... [--input JSON|@FILE] [--format text|json]
                              [--mocks FILE | --mock-config FILE --test-case NAME [--state-machine NAME]]

              --definition FILE   the ASL definition: JSON, YAML (.asl.yaml) or a Terraform template (.tftpl)
              --template FILE     a SAM, CloudFormation or CDK (cdk.out/*.template.json) template
              --state-machine ID  the state machine's logical id in --template (default: its only one); it
                                  also names the --mock-config state machine
              --substitution KEY=VALUE  a value for a ${KEY} placeholder, a template parameter or a
                                  deploy-time reference (AWS::Region, MyFunction.Arn); repeatable
              --input JSON|@FILE  the execution input, inline or read from a file (default {})
              --mocks FILE        Step Functions Local mocked responses keyed by state name:
                                  {"Charge": {"0": {"Return": {...}}, "1-2": {"Throw": {"Error": "E"}}}}
              --mock-config FILE  a Step Functions Local MockConfigFile.json, read unchanged
              --test-case NAME    the test case of --mock-config to run
                                  its state machine is --state-machine NAME (default: the only one, or
                                  the one named like the definition file, e.g. LambdaSQSIntegration.asl.json)
              --format text|json  text (default) or one JSON object with the history

            Exit codes: 0 SUCCEEDED, 1 any other status or an unmocked task, 2 bad usage or invalid definition.
            """;

    static final String VALIDATE = """
            Usage: orrery validate FILE... [--template FILE [--state-machine ID]] [--substitution KEY=VALUE]...
                                   [--format text|json]

              FILE                an ASL definition (JSON, YAML, Terraform template) or a template, whose
                                  state machines are each validated
              --template FILE     a SAM, CloudFormation or CDK template; --state-machine ID picks one
              --substitution KEY=VALUE  a value for a ${KEY} placeholder or reference; repeatable
              --format text|json  text (default), or per definition one line of ValidateStateMachineDefinition
                                  JSON with its file: {"file": "...", "result": "OK"|"FAIL",
                                  "diagnostics": [...], "truncated": false}

            An unreadable file is reported and the others are still validated.
            Exit codes: 0 all valid, 1 some invalid, 2 bad usage or an unreadable file, 3 internal error.
            """;

    static final String CONFORMANCE = """
            Usage: orrery conformance DIR [--report FILE]

              DIR            the folder of recorded cases (e.g. ../shared/conformance)
              --report FILE  also write {"total", "passed", "failed": [{"id", "field", "expected", "actual"}]}

            Exit codes: 0 after a run (failing cases included), 2 when DIR cannot be read.
            """;

    private Usage() {}
}
