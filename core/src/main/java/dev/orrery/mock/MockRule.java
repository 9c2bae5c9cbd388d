package dev.orrery.mock;

import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
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
        return answers.respond(request);
    }

    String description() {
        return matcher.description();
    }
}
