package dev.orrery.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.http.HttpTasks;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import dev.orrery.spi.UnmockedTaskException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Immutable declared task answers: by state name, by resource pattern, or by any {@link RequestMatcher}.
 *
 * <p>When several mocks match a call, the one declared last wins (Mockito's rule), so a specific rule such as "the
 * 2nd call of ChargeCard fails" can follow a general one. A mock's answers are chosen by the state's 0-based call
 * number ({@link TaskRequest#invocation()}, retries included): sequences built fluently repeat their last answer;
 * sequences read from Step Functions Local files ({@link #fromStepFunctionsLocal(JsonNode)},
 * {@link StepFunctionsLocalMockConfig}) fail a call they do not cover with {@code States.Runtime}, as Step Functions
 * Local does.
 *
 * <p>Strict by default: a call that no mock answers fails closed with an {@link UnmockedTaskException} naming the
 * state and the resource, unless {@link Builder#otherwise(TaskIntegration)} names a fallback. HTTP Tasks that no
 * mock answers go to the loopback server of {@link Builder#http(HttpTasks)}, when one is given, before the fallback.
 * Because the mocks are immutable and shared across runs, they record nothing: wrap them in a {@link MockSession} per
 * execution ({@link #session()}) to capture calls, verify them and report unused mocks.
 *
 * <pre>{@code
 * TaskMocks mocks = TaskMocks.builder()
 *     .state("Charge").returnsPayload(receipt)
 *     .state("Charge").onCall(2).fails("Lambda.TooManyRequestsException", "Rate exceeded")
 *     .resource("arn:aws:states:::dynamodb:*").timesOut()
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskMocks implements TaskIntegration {

    private final List<MockRule> rules;
    private final boolean lenient;
    private final @Nullable TaskIntegration fallback;
    private final @Nullable HttpTasks http;

    TaskMocks(List<MockRule> rules, boolean lenient, @Nullable TaskIntegration fallback) {
        this(rules, lenient, fallback, null);
    }

    TaskMocks(List<MockRule> rules, boolean lenient, @Nullable TaskIntegration fallback, @Nullable HttpTasks http) {
        this.rules = List.copyOf(rules);
        this.lenient = lenient;
        this.fallback = fallback;
        this.http = http;
    }

    /**
     * Return mocks that answer nothing: every task fails closed.
     *
     * @return the empty mocks
     */
    public static TaskMocks none() {
        return new TaskMocks(List.of(), false, null);
    }

    /**
     * Start declaring mocks.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Read Step Functions Local mocked responses keyed by state name: {@code {"Charge": {"0": {"Return": {...}},
     * "1-2": {"Throw": {"Error": "E", "Cause": "c"}}}}}.
     *
     * @throws IllegalArgumentException with the JSON pointer of the first malformed entry
     * @param responsesByState the mocked responses, keyed by state name, never {@code null}
     * @return the mocks
     */
    public static TaskMocks fromStepFunctionsLocal(JsonNode responsesByState) {
        List<MockRule> rules = new ArrayList<>();
        StepFunctionsLocalResponses.read(responsesByState.deepCopy()).forEach((state, sequence) ->
                rules.add(new MockRule(RequestMatchers.state(state), sequence, state, false)));
        return new TaskMocks(rules, false, null);
    }

    /**
     * Return the names of the states mocked by name, in declaration order, without repeats.
     *
     * @return the state names
     */
    public List<String> mockedStates() {
        return rules.stream().map(MockRule::stateName).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * Return whether unused mocks are tolerated ({@link MockSession#verifyAllMocksUsed()} then passes).
     *
     * @return {@code true} when lenient
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * Return a copy of these mocks that tolerates unused mocks.
     *
     * @return the lenient copy
     */
    public TaskMocks lenient() {
        return new TaskMocks(rules, true, fallback, http);
    }

    /**
     * Return a new recording session for one execution: pass it to the runner instead of these mocks.
     *
     * @return a new session
     */
    public MockSession session() {
        return new MockSession(this);
    }

    @Override
    public TaskOutcome invoke(TaskRequest request) {
        int index = ruleFor(request);
        if (index >= 0) {
            return rules.get(index).respond(request);
        }
        if (http != null && HttpTasks.handles(request)) {
            return http.invoke(request);
        }
        if (fallback != null) {
            return fallback.invoke(request);
        }
        throw new UnmockedTaskException(FixIt.unmocked(request, rules));
    }

    /** Return the index of the mock that answers the request (the last declared that matches), or -1. */
    int ruleFor(TaskRequest request) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).matcher().matches(request)) {
                return i;
            }
        }
        return -1;
    }

    List<MockRule> rules() {
        return rules;
    }

    @Nullable TaskIntegration fallback() {
        return fallback;
    }

    /** Builds {@link TaskMocks}; not thread-safe, and each {@link #build()} returns an independent snapshot. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private final List<MockRule> rules = new ArrayList<>();
        private boolean lenient;
        private @Nullable TaskIntegration fallback;
        private @Nullable HttpTasks http;

        private Builder() {}

        /**
         * Answer every call of the state with the given result.
         *
         * @param stateName the name of the Task state, never {@code null}
         * @param result the task's result, never {@code null}; copied, so changing it later changes no answer
         * @return this builder
         */
        public Builder returns(String stateName, JsonNode result) {
            return respond(stateName, TaskOutcome.success(result.deepCopy()));
        }

        /**
         * Answer every call of the state with the result written as JSON text.
         *
         * @param stateName the name of the Task state, never {@code null}
         * @param json the JSON text of the task's result, never {@code null}
         * @return this builder
         * @throws IllegalArgumentException when the text is not JSON, with the position of the error
         */
        public Builder returns(String stateName, String json) {
            return returns(stateName, MockJson.parse("mocked result", json));
        }

        /**
         * Fail every call of the state with the given error and cause.
         *
         * @param stateName the name of the Task state, never {@code null}
         * @param error the error name, never {@code null}
         * @param cause the cause text, or {@code null}
         * @return this builder
         */
        public Builder fails(String stateName, String error, @Nullable String cause) {
            return respond(stateName, TaskOutcome.failure(error, cause));
        }

        /**
         * Answer the calls of the state in sequence; the last response repeats. Overrides earlier mocks.
         *
         * @param stateName the name of the Task state, never {@code null}
         * @param first the answer to the first call, never {@code null}
         * @param then the answers to the following calls, in order
         * @return this builder
         */
        public Builder respond(String stateName, TaskOutcome first, TaskOutcome... then) {
            Objects.requireNonNull(stateName, "stateName");
            List<TaskIntegration> answers = new ArrayList<>();
            answers.add(Answers.outcome(first));
            for (TaskOutcome outcome : then) {
                answers.add(Answers.outcome(outcome));
            }
            int existing = -1;
            for (int i = 0; i < rules.size(); i++) {
                if (stateName.equals(rules.get(i).stateName()) && !rules.get(i).restricted()) {
                    existing = i;
                }
            }
            new AnswerChain(this, state(stateName), answers, existing);
            return this;
        }

        /**
         * Start a mock for the calls of the named state.
         *
         * @param stateName the name of the Task state, never {@code null}
         * @return the new mock, to be given its answers
         */
        public Stubbing state(String stateName) {
            return new Stubbing(this, RequestMatchers.state(stateName), stateName);
        }

        /**
         * Start a mock for the calls whose resource matches the pattern ({@code *} stands for any text).
         *
         * @param pattern the resource pattern, never {@code null}
         * @return the new mock, to be given its answers
         */
        public Stubbing resource(String pattern) {
            return new Stubbing(this, RequestMatchers.resource(pattern), null);
        }

        /**
         * Start a mock for the calls the matcher accepts.
         *
         * @param matcher the matcher that selects the calls, never {@code null}
         * @return the new mock, to be given its answers
         */
        public Stubbing matching(RequestMatcher matcher) {
            return new Stubbing(this, Objects.requireNonNull(matcher, "matcher"), null);
        }

        /**
         * Tolerate unused mocks: {@link MockSession#verifyAllMocksUsed()} passes even when some were not used.
         *
         * @return this builder
         */
        public Builder lenient() {
            this.lenient = true;
            return this;
        }

        /**
         * Answer the calls no mock matches with the given integration instead of failing closed.
         *
         * @param integration the integration that answers unmocked calls, never {@code null}
         * @return this builder
         */
        public Builder otherwise(TaskIntegration integration) {
            this.fallback = Objects.requireNonNull(integration, "integration");
            return this;
        }

        /**
         * Send the HTTP Tasks ({@code arn:aws:states:::http:invoke}) that no mock answers to the loopback servers of
         * these routes; mocks declared for a state or resource still answer first.
         *
         * @param routes the routes from API origins to loopback servers, never {@code null}
         * @return this builder
         */
        public Builder http(HttpTasks routes) {
            this.http = Objects.requireNonNull(routes, "routes");
            return this;
        }

        /**
         * Return the mocks declared so far.
         *
         * @return the built mocks
         */
        public TaskMocks build() {
            return new TaskMocks(rules, lenient, fallback, http);
        }

        int add(MockRule rule) {
            rules.add(rule);
            return rules.size() - 1;
        }

        void replace(int index, MockRule rule) {
            rules.set(index, rule);
        }
    }
}
