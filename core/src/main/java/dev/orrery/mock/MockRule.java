package dev.orrery.mock;

import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One declared mock: which calls it answers and how.
 *
 * @param matcher the calls it answers
 * @param answers its answers, by the state's call number
 * @param stateName the state it was declared for by name, or {@code null} for resource and matcher mocks
 * @param restricted whether it answers only some calls of its state (a call number or an extra matcher)
 */
record MockRule(RequestMatcher matcher, ResponseSequence answers, @Nullable String stateName, boolean restricted) {

    TaskOutcome respond(TaskRequest request) {
        return EcsRunTaskFailures.check(request, answers.respond(request));
    }

    /**
     * Return the polls of the job that answers the request, or an empty list when no job answers it or its
     * submission failed.
     */
    List<JobPoll> polls(TaskRequest request) {
        return answers.answerFor(request) instanceof Answers.JobAnswer job
                && !EcsRunTaskFailures.failed(request, job.polls().submitted()) ? job.polls().polls(request)
                : List.of();
    }

    String description() {
        return matcher.description();
    }
}
