package dev.orrery.cli;

/** The help texts. */
final class Usage {

    static final String MAIN = """
            Usage: orrery <command> [options]

            Commands:
              run --definition FILE [--input JSON|@FILE] [--mocks FILE] [--format text|json]
                  [--max-transitions N] [--max-virtual-duration SECONDS|ISO-8601]
                  Run a state machine on a virtual clock with mocked tasks.
              validate FILE... [--format text|json]
                  Check definitions and print every diagnostic.
              conformance DIR [--report FILE]
                  Replay executions recorded on real AWS and compare the results.

            Run 'orrery <command> --help' for a command's options.
            Exit codes: 0 success, 1 failed execution / invalid definition, 2 bad usage.
            """;

    static final String RUN = """
            Usage: orrery run --definition FILE [--input JSON|@FILE] [--format text|json]
                              [--mocks FILE | --mock-config FILE --test-case NAME [--state-machine NAME]]
                              [--max-transitions N] [--max-virtual-duration SECONDS|ISO-8601]

              --definition FILE   the ASL definition (JSON)
              --input JSON|@FILE  the execution input, inline or read from a file (default {})
              --mocks FILE        Step Functions Local mocked responses keyed by state name:
                                  {"Charge": {"0": {"Return": {...}}, "1-2": {"Throw": {"Error": "E"}}}}
              --mock-config FILE  a Step Functions Local MockConfigFile.json, read unchanged
              --test-case NAME    the test case of --mock-config to run
              --state-machine NAME  its state machine (default: the only one, or the one named like
                                  the definition file, e.g. LambdaSQSIntegration.asl.json)
              --format text|json  text (default) or one JSON object with the history
              --max-transitions N  stop a run that enters more than N states (default 1000000)
              --max-virtual-duration SECONDS|ISO-8601
                                  stop a run whose virtual clock passes this (default P366D)

            Exit codes: 0 SUCCEEDED, 1 any other status, an unmocked task or a run stopped by a guard,
            2 bad usage or invalid definition.
            """;

    static final String VALIDATE = """
            Usage: orrery validate FILE... [--format text|json]

              --format text|json  text (default), or per file one line of ValidateStateMachineDefinition JSON:
                                  {"result": "OK"|"FAIL", "diagnostics": [...], "truncated": false}

            Exit codes: 0 all valid, 1 some invalid, 2 bad usage or unreadable file.
            """;

    static final String CONFORMANCE = """
            Usage: orrery conformance DIR [--report FILE]

              DIR            the folder of recorded cases (e.g. ../shared/conformance)
              --report FILE  also write {"total", "passed", "failed": [{"id", "field", "expected", "actual"}]}

            Exit codes: 0 after a run (failing cases included), 2 when DIR cannot be read.
            """;

    private Usage() {}
}
