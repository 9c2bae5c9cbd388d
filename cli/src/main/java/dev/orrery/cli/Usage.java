package dev.orrery.cli;

/** The help texts. */
final class Usage {

    static final String MAIN = """
            Usage: orrery <command> [options]

            Commands:
              run --definition FILE [--input JSON|@FILE] [--mocks FILE] [--default-mock JSON|@FILE]
                  [--format text|json] [--max-transitions N] [--max-virtual-duration SECONDS|ISO-8601]
              run --template FILE [--state-machine ID] [--substitution KEY=VALUE]... [--input ...]
                  Run a state machine on a virtual clock with mocked tasks.
              validate FILE... [--template FILE [--state-machine ID]] [--substitution KEY=VALUE]...
                  [--format text|json]
                  Check definitions (ASL JSON or YAML, templates) and print every diagnostic.
              conformance DIR [--report FILE]
                  Replay executions recorded on real AWS and compare the results.
              test-state --definition FILE [--state NAME] [--input JSON|@FILE] [--mock JSON|@FILE] ...
                  Run one state as the TestState API does and print its response JSON.
              serve [--port 8083] [--host 127.0.0.1] [--mock-config FILE] [--coverage DIR]
                  Serve the Step Functions API locally (a Step Functions Local replacement).
              replay --definition FILE --history FILE [--history FILE]... [--describe FILE] [--execution ARN]
                  Replay a recorded execution history (or CloudWatch Logs records) against a definition;
                  print "reproduced" or where the run diverged (exit 0 reproduced, 1 diverged, 2 bad
                  usage or unreadable files).
              scaffold --definition FILE [--format mock-config|junit|orrery-yaml] [--output FILE|DIR]
                  Write placeholder mocks and test cases that reach every state and Choice branch.

            Run 'orrery <command> --help' for a command's options.
            Exit codes: 0 success, 1 failed execution / invalid definition, 2 bad usage, 3 unmocked task,
            4 run stopped by a guard, 70 internal error.
            """;

    static final String RUN = """
            Usage: orrery run (--definition FILE | --template FILE [--state-machine ID])
                              [--substitution KEY=VALUE]... [--input JSON|@FILE] [--format text|json]
                              [--mocks FILE | --mock-config FILE --test-case NAME [--state-machine NAME]]
                              [--default-mock JSON|@FILE]
                              [--max-transitions N] [--max-virtual-duration SECONDS|ISO-8601]

              --definition FILE   the ASL definition: JSON, YAML (.asl.yaml) or a Terraform template (.tftpl)
              --template FILE     a SAM, CloudFormation or CDK (cdk.out/*.template.json) template
              --state-machine ID  the state machine's logical id in --template (default: its only one); it
                                  also names the --mock-config state machine
              --substitution KEY=VALUE  a value for a ${KEY} placeholder, a template parameter or a
                                  deploy-time reference (AWS::Region, MyFunction.Arn); repeatable
              --input JSON|@FILE  the execution input, inline or read from a file (default {})
              --mocks FILE        Step Functions Local mocked responses keyed by state name:
                                  {"Charge": {"0": {"Return": {...}}, "1-2": {"Throw": {"Error": "E"}}}}
                                  a "*" entry answers every Task state without its own entry
              --default-mock JSON|@FILE  what every Task state that nothing else mocks returns
              --mock-config FILE  a Step Functions Local MockConfigFile.json, read unchanged
              --test-case NAME    the test case of --mock-config to run
                                  its state machine is --state-machine NAME (default: the only one, or
                                  the one named like the definition file, e.g. LambdaSQSIntegration.asl.json)
              --format text|json  text (default; a Map's iterations summarised) or one JSON object with the
                                  history and the full path
              --max-transitions N  stop a run that enters more than N states (default 1000000)
              --max-virtual-duration SECONDS|ISO-8601
                                  stop a run whose virtual clock passes this (default P366D)

            Exit codes: 0 SUCCEEDED, 1 any other status, 2 bad usage or invalid definition, 3 an unmocked task
            (every unmocked Task state listed with a mocks file skeleton; --format json prints
            {"error": "UnmockedTask", "message", "unmockedStates", "mocksSkeleton"} on stdout), 4 a run
            stopped by a guard (--max-transitions, --max-virtual-duration), 70 internal error.
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
            Exit codes: 0 all valid, 1 some invalid, 2 bad usage or an unreadable file, 70 internal error.
            """;

    static final String CONFORMANCE = """
            Usage: orrery conformance DIR [--report FILE]

              DIR            the folder of recorded cases (e.g. ../shared/conformance)
              --report FILE  also write {"total", "passed", "failed": [{"id", "field", "expected", "actual"}]}

            Exit codes: 0 after a run (failing cases included), 2 when DIR cannot be read.
            """;

    static final String TEST_STATE = """
            Usage: orrery test-state --definition FILE [--state NAME] [--input JSON|@FILE]
                                     [--mock JSON|@FILE [--field-validation-mode STRICT|PRESENT|NONE]
                                      | --mock-error ERROR [--mock-cause CAUSE]]
                                     [--variables JSON|@FILE] [--context JSON|@FILE] [--role-arn ARN]
                                     [--state-configuration JSON|@FILE] [--inspection-level INFO|DEBUG|TRACE]
                                     [--reveal-secrets | --no-reveal-secrets]
                                     [--http-route ORIGIN=URL]... [--connection ARN=JSON|@FILE]...
                   orrery test-state --cli-input-json JSON|@FILE [--reveal-secrets | --no-reveal-secrets]
                                     [--http-route ORIGIN=URL]... [--connection ARN=JSON|@FILE]...
                   orrery test-state --corpus DIR

              --definition FILE   one state's JSON, or a whole definition (then name the state with --state)
              --mock JSON|@FILE   the mocked result of a Task, Map or Parallel state
              --field-validation-mode  how the mocked result is checked against the service's response
                                  shape (default STRICT)
              --mock-error ERROR  a mocked error instead, with --mock-cause CAUSE
              --state-configuration JSON  {"retrierRetryCount", "errorCausedByState",
                                  "mapIterationFailureCount", "mapItemReaderData"}
              --reveal-secrets    show what an HTTP Task's connection adds in the TRACE request (revealSecrets)
              --http-route ORIGIN=URL  call an HTTP Task's API origin on a loopback server instead, e.g.
                                  https://api.example.com=http://localhost:8089
              --connection ARN=JSON|@FILE  what an EventBridge connection adds to the calls of the tasks that
                                  name it, as EventBridge's CreateConnection request: {"AuthParameters":
                                  {"BasicAuthParameters" | "ApiKeyAuthParameters", "InvocationHttpParameters"}}
              --cli-input-json    a whole TestState request, as 'aws stepfunctions test-state' reads it; the
                                  options given with it override its fields
              --corpus DIR        replay a recorded TestState corpus (e.g. ../shared/test-state)

            Prints TestState's response JSON {status, output, error, cause, nextState, inspectionData}, or the
            error AWS would answer {code, message}.
            Exit codes: 0 a response (whatever its status), 2 bad usage, an invalid definition or a request AWS
            would refuse.
            """;

    static final String SERVE = """
            Usage: orrery serve [--port 8083] [--host 127.0.0.1] [--mock-config FILE] [--coverage DIR]

            Serves the Step Functions API (AWS JSON 1.0) for AWS SDKs, the AWS CLI and Step Functions Local
            suites: point them at the printed endpoint with any credentials and region. Prints one line
              Orrery Step Functions endpoint on http://HOST:PORT
            when ready, and serves until SIGTERM or Ctrl-C.

              --port PORT         the port (default 8083, as Step Functions Local); 0 picks a free one
              --host HOST         the address to bind (default 127.0.0.1, loopback only)
              --mock-config FILE  a Step Functions Local MockConfigFile.json (default: the file named by
                                  the SFN_MOCK_CONFIG environment variable); start an execution of one of
                                  its test cases with stateMachineArn#TestCase
              --coverage DIR      count what the executions reach and write the coverage report
                                  (coverage.json, index.html) to DIR when the server stops

            Executions run on a virtual clock: StartExecution returns once the execution has run as far as
            it can without a client (its end, a callback or an activity task). The extra operation
            AWSStepFunctions.OrreryAdvanceTime {"seconds": N, "executionArn": ARN} moves the clock of
            waiting executions (all running ones without executionArn). Tasks no test case mocks fail
            with States.Runtime: nothing calls AWS. AWSStepFunctions.TestState runs one state as
            orrery test-state does.

            Exit codes: 0 after a clean stop, 1 when the port cannot be bound, 2 bad usage.
            """;

    static final String SCAFFOLD = """
            Usage: orrery scaffold (--definition FILE | --template FILE [--state-machine ID])
                                   [--substitution KEY=VALUE]... [--format mock-config|junit|orrery-yaml]
                                   [--output FILE|DIR]

            Writes a starting point for the definition's tests: every Task state answering a placeholder in
            its integration's AWS shape (the lambda:invoke envelope, DynamoDB, SQS, SNS, ECS, Batch, HTTP,
            aws-sdk:* output shapes), and test cases that together reach every state, Choice branch (rules
            and Default) and Catch edge Orrery could drive: inputs and mocks derived from the Choice rules,
            errors mocked for catchers, each case checked by running it. What no case reaches is listed on
            stderr with the reason.

              --format mock-config  (default) a Step Functions Local MockConfigFile.json; the cases'
                                  inputs, expected status and path go to NAME.inputs.json beside it
              --format junit      a JUnit 5 class (NAMETests.java) using @StateMachineTest and fluent mocks
              --format orrery-yaml  a declarative test file (NAME.orrery.yaml) for Orrery's test engine
              --output FILE|DIR   where to write (a folder: an existing one, or a path ending in /); without
                                  it the main file is printed on stdout

            Exit codes: 0 written, 2 bad usage, an invalid definition or an unwritable --output,
            70 internal error.
            """;

    private Usage() {}

    static final String REPLAY = """
            Usage: orrery replay (--definition FILE | --template FILE [--state-machine ID])
                                 [--substitution KEY=VALUE]... --history FILE [--history FILE]...
                                 [--describe FILE] [--execution ARN]

              --definition FILE   the ASL definition to replay against: JSON, YAML or a Terraform template
              --template FILE     a SAM, CloudFormation or CDK template holding it (--state-machine ID)
              --substitution KEY=VALUE  a value for a ${KEY} placeholder or deploy-time reference; repeatable
              --history FILE      the execution's history: the output of
                                  aws stepfunctions get-execution-history (API or CLI form, or a bare array of
                                  events); one file per page, or all pages in one file. Or the
                                  execution's CloudWatch Logs records (Express workflows): JSON lines, a
                                  JSON array, or the output of aws logs filter-log-events / get-log-events;
                                  the format is detected
              --execution ARN     the execution to replay when the log records are of several executions
              --describe FILE     the output of aws stepfunctions describe-execution for the same execution:
                                  its ARN names the execution in the Context object, and it gives the input
                                  and output when the history was fetched without execution data

            A string value "<redacted>" in the history stands for a value removed before sharing it: it
            matches any value, and inside a longer string any text.

            Prints "reproduced", or "diverged: " and the first divergence (the state, the field, the
            recorded and the replayed value, and what the definition did instead).
            Exit codes: 0 reproduced, 1 diverged, 2 bad usage, an invalid definition or a history that
            cannot be read (its file and place named), 70 internal error.
            """;
}
