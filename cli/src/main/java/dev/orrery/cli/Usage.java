package dev.orrery.cli;

/** The help texts. */
final class Usage {

    static final String MAIN = """
            Usage: orrery <command> [options]

            Commands:
              run --definition FILE [--input JSON|@FILE] [--mocks FILE] [--format text|json]
                  Run a state machine on a virtual clock with mocked tasks.
              validate FILE... [--format text|json]
                  Check definitions and print every diagnostic.
              conformance DIR [--report FILE]
                  Replay executions recorded on real AWS and compare the results.
              serve [--port 8083] [--host 127.0.0.1] [--mock-config FILE]
                  Serve the Step Functions API locally (a Step Functions Local replacement).

            Run 'orrery <command> --help' for a command's options.
            Exit codes: 0 success, 1 failed execution / invalid definition, 2 bad usage.
            """;

    static final String RUN = """
            Usage: orrery run --definition FILE [--input JSON|@FILE] [--format text|json]
                              [--mocks FILE | --mock-config FILE --test-case NAME [--state-machine NAME]]

              --definition FILE   the ASL definition (JSON)
              --input JSON|@FILE  the execution input, inline or read from a file (default {})
              --mocks FILE        Step Functions Local mocked responses keyed by state name:
                                  {"Charge": {"0": {"Return": {...}}, "1-2": {"Throw": {"Error": "E"}}}}
              --mock-config FILE  a Step Functions Local MockConfigFile.json, read unchanged
              --test-case NAME    the test case of --mock-config to run
              --state-machine NAME  its state machine (default: the only one, or the one named like
                                  the definition file, e.g. LambdaSQSIntegration.asl.json)
              --format text|json  text (default) or one JSON object with the history

            Exit codes: 0 SUCCEEDED, 1 any other status or an unmocked task, 2 bad usage or invalid definition.
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

    static final String SERVE = """
            Usage: orrery serve [--port 8083] [--host 127.0.0.1] [--mock-config FILE]

            Serves the Step Functions API (AWS JSON 1.0) for AWS SDKs, the AWS CLI and Step Functions Local
            suites: point them at the printed endpoint with any credentials and region. Prints one line
              Orrery Step Functions endpoint on http://HOST:PORT
            when ready, and serves until SIGTERM or Ctrl-C.

              --port PORT         the port (default 8083, as Step Functions Local); 0 picks a free one
              --host HOST         the address to bind (default 127.0.0.1, loopback only)
              --mock-config FILE  a Step Functions Local MockConfigFile.json (default: the file named by
                                  the SFN_MOCK_CONFIG environment variable); start an execution of one of
                                  its test cases with stateMachineArn#TestCase

            Executions run on a virtual clock: StartExecution returns once the execution has run as far as
            it can without a client (its end, a callback or an activity task). The extra operation
            AWSStepFunctions.OrreryAdvanceTime {"seconds": N, "executionArn": ARN} moves the clock of
            waiting executions (all running ones without executionArn). Tasks no test case mocks fail
            with States.Runtime: nothing calls AWS.

            Exit codes: 0 after a clean stop, 1 when the port cannot be bound, 2 bad usage.
            """;

    private Usage() {}
}
