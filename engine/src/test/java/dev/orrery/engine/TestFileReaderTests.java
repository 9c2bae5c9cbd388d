package dev.orrery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestFileReaderTests {

    private static final TestFileLocation LOCATION = TestFileLocation.ofResource("t.orrery.yaml", null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an empty file                  | ''                                        | t.orrery.yaml:1:1: the test file is empty; expected a YAML mapping
            a list                         | '[1, 2]'                                  | t.orrery.yaml:1:1: the test file: expected a mapping with "definition" and "cases" but was a list [1,2]
            no definition                  | 'cases: {a: {}}'                          | t.orrery.yaml:1:1: missing "definition" (the state machine definition to test) or "template" (a SAM, CloudFormation or CDK template holding it)
            no cases                       | 'definition: d.json'                      | t.orrery.yaml:1:1: missing "cases" (a mapping of case names to cases) or "mockConfig"
            no case in cases               | 'definition: d.json\\ncases: {}'          | t.orrery.yaml:2:1: "cases": expected at least one case but there is none
            a duplicate case               | 'definition: d.json\\ncases: {a: {}, a: {}}' | t.orrery.yaml:2:16: duplicate key "a" in one YAML mapping; only one may be given
            a misspelt top-level key       | 'stateMachineNme: X\\ndefinition: d.json\\ncases: {a: {}}' | t.orrery.yaml:1:1: unknown key "stateMachineNme"; did you mean "stateMachineName" or "stateMachine"?
            a case that is a list          | 'definition: d.json\\ncases: {a: [1]}'    | t.orrery.yaml:2:9: "a": expected a mapping with "input", "mocks", "callbacks" and "expect" but was a list [1]
            an empty list of answers       | 'definition: d.json\\ncases: {a: {mocks: {S: []}}}' | t.orrery.yaml:2:21: "S": expected at least one answer but was a list []
            an answer that is text         | 'definition: d.json\\ncases: {a: {mocks: {S: [ok]}}}' | t.orrery.yaml:2:25: item 0: expected an answer such as {returns: ...}, {error: ..., cause: ...}, {timesOut: true} or {awaitsCallback: ...} but was "ok"
            a cause without error          | 'definition: d.json\\ncases: {a: {mocks: {S: {returns: 1, cause: c}}}}' | t.orrery.yaml:2:37: "cause" goes with "error" or "throwsServiceException" only
            a latency that is no duration  | 'definition: d.json\\ncases: {a: {mocks: {S: {returns: 1, latency: 2s}}}}' | t.orrery.yaml:2:37: "latency": expected an ISO-8601 duration such as "PT2S" or "P2D" but was "2s"
            zero times                     | 'definition: d.json\\ncases: {a: {mocks: {S: {returns: 1, times: 0}}}}' | t.orrery.yaml:2:37: "times": expected a whole number of at least 1 but was 0
            timesOut false                 | 'definition: d.json\\ncases: {a: {mocks: {S: {timesOut: false}}}}' | t.orrery.yaml:2:25: "timesOut": expected true but was false
            a callback with two calls      | 'definition: d.json\\ncases: {a: {callbacks: [{at: PT1S, state: S, success: 1, heartbeat: true}]}}' | t.orrery.yaml:2:25: a callback needs exactly one of [error, heartbeat, success] but has [heartbeat, success]
            callbacks that are a mapping   | 'definition: d.json\\ncases: {a: {callbacks: {}}}' | t.orrery.yaml:2:13: "callbacks": expected a list of callbacks such as {at: PT2H, state: Approve, success: {...}} but was a mapping {}
            a path that is text            | 'definition: d.json\\ncases: {a: {expect: {path: A}}}' | t.orrery.yaml:2:22: "path": expected a list of state names but was "A"
            an empty path                  | 'definition: d.json\\ncases: {a: {expect: {path: []}}}' | t.orrery.yaml:2:22: "path": expected at least one state name but was a list []
            a negative call count          | 'definition: d.json\\ncases: {a: {expect: {calls: {S: -1}}}}' | t.orrery.yaml:2:30: "S": expected a whole number of at least 0 but was -1
            an unknown expectation         | 'definition: d.json\\ncases: {a: {expect: {outptu: {}}}}' | t.orrery.yaml:2:22: unknown key "outptu"; did you mean "output"?
            a blank case name              | 'definition: d.json\\ncases: {" ": {}}' | t.orrery.yaml:2:9: a case needs a name that is not blank
            numbered answers of a resource | 'definition: d.json\\ncases: {a: {resourceMocks: {"arn:*": {"0": {Return: 1}}}}}' | t.orrery.yaml:2:29: call numbers ("0", "1-2") go with the mocks of a state; give the answers of a resource as a list
            a Lambda error without message | 'definition: d.json\\ncases: {a: {mocks: {S: {throwsLambdaError: {errorType: E}}}}}' | t.orrery.yaml:2:25: missing "errorMessage" (the function's error message)
            a cause of a Lambda error      | 'definition: d.json\\ncases: {a: {mocks: {S: {throwsLambdaError: {errorType: E, errorMessage: m}, cause: c}}}}' | t.orrery.yaml:2:77: "cause" goes with "error" or "throwsServiceException" only
            a service exception not text   | 'definition: d.json\\ncases: {a: {mocks: {S: {throwsServiceException: 1}}}}' | t.orrery.yaml:2:25: "throwsServiceException": expected a non-empty string but was 1
            a job without interval         | 'definition: d.json\\ncases: {a: {mocks: {S: {runsJob: {polls: [{}]}}}}}' | t.orrery.yaml:2:25: missing "every" (the virtual time between polls, such as PT1M)
            a job without polls            | 'definition: d.json\\ncases: {a: {mocks: {S: {runsJob: {every: PT1M, polls: []}}}}}' | t.orrery.yaml:2:48: "polls": expected a list of poll results such as [{Status: RUNNING}, {Status: SUCCEEDED}] but was a list []
            a job status without pointer   | 'definition: d.json\\ncases: {a: {mocks: {S: {runsJob: {every: PT1M, polls: [{}], statusAt: {pointer: Status, succeeded: [OK], failed: [KO]}}}}}}' | t.orrery.yaml:2:72: "pointer": expected a JSON pointer such as "/Status" but was "Status"
            heartbeats that are text       | 'definition: d.json\\ncases: {a: {mocks: {S: {returns: 1, heartbeats: PT1M}}}}' | t.orrery.yaml:2:37: "heartbeats": expected a list of offsets from the start of the call such as [PT1M, PT2M] but was "PT1M"
            an unknown strictness          | 'definition: d.json\\nstrictness: loose\\ncases: {a: {}}' | t.orrery.yaml:2:1: "strictness": expected strict or lenient but was "loose"
            a start time without zone      | 'definition: d.json\\ncases: {a: {startTime: "2025-01-01T00:00:00"}}' | t.orrery.yaml:2:13: "startTime": expected an ISO-8601 instant in UTC such as "2025-01-01T00:00:00Z" but was "2025-01-01T00:00:00"
            a seed that is text            | 'definition: d.json\\ncases: {a: {seed: seven}}' | t.orrery.yaml:2:13: "seed": expected a whole number but was "seven"
            zero transitions               | 'definition: d.json\\nmaxTransitions: 0\\ncases: {a: {}}' | t.orrery.yaml:2:1: "maxTransitions": expected a whole number of at least 1 but was 0
            activities that are text       | 'definition: d.json\\ncases: {a: {activities: "arn:a"}}' | t.orrery.yaml:2:13: "activities": expected a list of activity ARNs but was "arn:a"
            a nested machine without ARN   | 'definition: d.json\\nnestedStateMachines: {Child: child.json}\\ncases: {a: {}}' | t.orrery.yaml:2:23: "Child": expected a state machine ARN such as arn:aws:states:us-east-1:123456789012:stateMachine:Child
            input and inputFile            | 'definition: d.json\\ncases: {a: {input: {}, inputFile: i.json}}' | t.orrery.yaml:2:24: give either "input" or "inputFile", not both
            """)
    void reports_a_malformed_test_file_at_the_place_it_goes_wrong(String what, String text, String problem) {
        // WHEN
        TestFile file = TestFileReader.read(text.replace("\\n", "\n"), LOCATION);

        // THEN
        assertThat(file.problems()).as(what).containsExactly(problem);
    }

    @Test
    void reads_a_test_file_into_its_cases() {
        // GIVEN
        String text = """
                definition: order.asl.json
                mocks:
                  Charge: {returns: {ok: true}, latency: PT2S, times: 2}
                cases:
                  first:
                    input: {id: 1}
                    tags: [fast]
                  second:
                    inputFile: second.json
                    mocks:
                      Charge:
                        "0": {Throw: {Error: E}}
                """;

        // WHEN
        TestFile file = TestFileReader.read(text, TestFileLocation.ofFile(Path.of("t.orrery.yaml")));

        // THEN
        assertThat(file.problems()).isEmpty();
        assertThat(file.definition()).isNotNull().satisfies(definition -> {
            assertThat(definition.path()).isEqualTo("order.asl.json");
            assertThat(definition.isTemplate()).isFalse();
        });
        assertThat(file.mocks()).singleElement().satisfies(mock -> {
            assertThat(mock.answers()).singleElement().satisfies(answer -> {
                assertThat(answer.kind()).isEqualTo(AnswerSpec.Kind.RETURNS);
                assertThat(answer.times()).isEqualTo(2);
                assertThat(answer.latency()).hasSeconds(2);
            });
        });
        assertThat(file.cases()).extracting(CaseSpec::name).containsExactly("first", "second");
        assertThat(file.cases().get(0).tags()).containsExactly("fast");
        assertThat(file.cases().get(1).inputFile()).isNotNull();
        assertThat(file.cases().get(1).mocks().get(0).stepFunctionsLocal()).isNotNull();
    }
}
