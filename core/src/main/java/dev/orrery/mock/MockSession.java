package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Records the Task calls of one execution and verifies them, Mockito style.
 *
 * <p>{@link TaskMocks} are immutable and may be shared by many runs, so they keep no per-run state. A session is the
 * per-run, mutable part: create one per execution with {@link TaskMocks#session()} (or {@link #recording} for any
 * integration), pass it to the runner as the integration, then inspect it:
 *
 * <pre>{@code
 * MockSession session = mocks.session();
 * Execution execution = StateMachineRunner.create(machine, session).run(input);
 * session.verify("ChargeCard", VerificationMode.times(2));
 * session.verifyAllMocksUsed();
 * }</pre>
 *
 * <p>A session is meant for one execution at a time; it is not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockSession implements TaskIntegration {

    private final TaskIntegration delegate;
    private final @Nullable TaskMocks mocks;
    private final List<RecordedCall> calls = new ArrayList<>();
    private final BitSet used = new BitSet();

    MockSession(TaskMocks mocks) {
        this.delegate = mocks;
        this.mocks = mocks;
    }

    private MockSession(TaskIntegration delegate) {
        this.delegate = delegate;
        this.mocks = delegate instanceof TaskMocks taskMocks ? taskMocks : null;
    }

    /**
     * Return a session that records the calls answered by any integration.
     *
     * @param integration the integration that answers the calls, never {@code null}
     * @return a new, empty session
     */
    public static MockSession recording(TaskIntegration integration) {
        return new MockSession(Objects.requireNonNull(integration, "integration"));
    }

    @Override
    public TaskOutcome invoke(TaskRequest request) {
        int rule = mocks == null ? -1 : mocks.ruleFor(request);
        TaskOutcome outcome;
        String description = null;
        List<JobPoll> polls = List.of();
        if (rule >= 0) {
            used.set(rule);
            MockRule mock = mocks.rules().get(rule);
            description = mock.description();
            outcome = mock.respond(request);
            polls = mock.polls(request);
        } else {
            outcome = delegate.invoke(request);
        }
        calls.add(new RecordedCall(request, outcome, description, polls));
        return outcome;
    }

    /**
     * Return every recorded call, in call order.
     *
     * @return the recorded calls
     */
    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    /**
     * Return the recorded calls of the named state, in call order.
     *
     * @param stateName the name of the Task state, never {@code null}
     * @return the state's recorded calls
     */
    public List<RecordedCall> calls(String stateName) {
        return calls.stream().filter(c -> c.request().stateName().equals(stateName)).toList();
    }

    /**
     * Return the effective payloads the named state was called with, in call order.
     *
     * @param stateName the name of the Task state, never {@code null}
     * @return the payloads, one per call
     */
    public List<JsonNode> payloads(String stateName) {
        return calls(stateName).stream().map(c -> c.request().payload()).toList();
    }

    /**
     * Return the polls of the {@code .sync} jobs the named state ran (declared with {@link JobPolls}), call after
     * call, up to the poll that ended each job; empty when its calls ran no such job.
     *
     * @param stateName the name of the Task state, never {@code null}
     * @return the polls, in order
     */
    public List<JobPoll> polls(String stateName) {
        return calls(stateName).stream().flatMap(c -> c.polls().stream()).toList();
    }

    /**
     * Verify how often the named state was called.
     *
     * @param stateName the name of the Task state, never {@code null}
     * @param mode how many calls are expected, never {@code null}
     * @return this session
     */
    public MockSession verify(String stateName, VerificationMode mode) {
        return verify(RequestMatchers.state(stateName), mode);
    }

    /**
     * Verify how often the named state was called with requests the matcher accepts (e.g. a payload).
     *
     * @param stateName the name of the Task state, never {@code null}
     * @param mode how many calls are expected, never {@code null}
     * @param matcher the matcher the calls must also satisfy, never {@code null}
     * @return this session
     */
    public MockSession verify(String stateName, VerificationMode mode, RequestMatcher matcher) {
        return verify(RequestMatchers.state(stateName).and(matcher), mode);
    }

    /**
     * Verify how many recorded calls the matcher accepts.
     *
     * @throws MockVerificationError listing the recorded calls when the count does not fit the mode
     * @param matcher the matcher that selects the calls, never {@code null}
     * @param mode how many calls are expected, never {@code null}
     * @return this session
     */
    public MockSession verify(RequestMatcher matcher, VerificationMode mode) {
        long count = calls.stream().filter(c -> matcher.matches(c.request())).count();
        if (!mode.accepts((int) count)) {
            throw new MockVerificationError("Expected " + mode.describe() + " of " + matcher.description()
                    + " but there " + (count == 1 ? "was 1" : "were " + count) + ".\n" + describeCalls());
        }
        return this;
    }

    /**
     * Return the descriptions of the declared mocks that answered no call, in declaration order.
     *
     * @return the unused mocks' descriptions, empty when every mock answered
     */
    public List<String> unusedMocks() {
        if (mocks == null) {
            return List.of();
        }
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < mocks.rules().size(); i++) {
            if (!used.get(i)) {
                unused.add(mocks.rules().get(i).description());
            }
        }
        return unused;
    }

    /**
     * Fail when some declared mock answered no call (strict mocks, as Mockito's strict stubs); lenient mocks pass.
     *
     * @throws MockVerificationError naming the unused mocks
     */
    public void verifyAllMocksUsed() {
        List<String> unused = unusedMocks();
        if (!unused.isEmpty() && (mocks == null || !mocks.isLenient())) {
            throw new MockVerificationError("Unused mocks (declared but never called): " + String.join(", ", unused)
                    + ".\nRemove them, or declare the mocks lenient().\n" + describeCalls());
        }
    }

    private String describeCalls() {
        if (calls.isEmpty()) {
            return "No Task was called.";
        }
        return "Calls:\n" + calls.stream().map(c -> "  " + c.summary()).collect(Collectors.joining("\n"));
    }
}
