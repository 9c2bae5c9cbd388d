package dev.orrery.teststate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orrery.internal.teststate.TestStateCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Replays the TestState corpus recorded on AWS ({@code ../shared/test-state}, system property
 * {@code orrery.testState.dir}) and compares every answer field by field; the cases listed in
 * {@link TestStateKnownDifferences} may fail, each kind with its written reason.
 */
class TestStateCorpusTests {

    @Test
    void answers_the_recorded_test_state_calls_as_aws_did() {
        // GIVEN
        String dir = System.getProperty("orrery.testState.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "TestState corpus not found: skipping");
        // WHEN
        List<TestStateCorpus.CaseResult> results = TestStateCorpus.run(Path.of(dir));
        // THEN
        long passed = results.stream().filter(TestStateCorpus.CaseResult::passed).count();
        System.out.println("TestState: " + passed + "/" + results.size() + " cases pass");
        results.stream().filter(r -> !r.passed())
                .forEach(r -> System.out.println("  FAIL " + r.id() + "\n    " + r.difference() + "\n    reason: "
                        + TestStateKnownDifferences.reason(r.id(), r.difference())));
        results.stream().filter(r -> r.messageDifference() != null)
                .forEach(r -> System.out.println("  MESSAGE " + r.id() + "\n    " + r.messageDifference()));
        Set<String> unexpected = results.stream().filter(r -> !r.passed())
                .filter(r -> TestStateKnownDifferences.reason(r.id(), r.difference()) == null)
                .map(TestStateCorpus.CaseResult::id).collect(Collectors.toSet());
        assertThat(unexpected).as("failing cases without a written reason").isEmpty();
    }
}
