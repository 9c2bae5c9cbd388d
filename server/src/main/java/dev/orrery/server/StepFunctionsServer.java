package dev.orrery.server;

import com.sun.net.httpserver.HttpServer;
import dev.orrery.coverage.CoverageSink;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import dev.orrery.server.internal.JsonProtocolHandler;
import dev.orrery.server.internal.ServiceModel;
import dev.orrery.server.internal.StepFunctionsService;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The Step Functions API on a local port, a drop-in replacement for Step Functions Local: unmodified AWS SDKs, the
 * AWS CLI and boto3 talk to it with any credentials and region.
 *
 * <p>Executions run on Orrery's virtual clock: {@code StartExecution} returns once the execution has run as far as it
 * can without a client (to its end, or to a pending callback or activity task), so {@code DescribeExecution} right
 * after it shows the final status. The extra operation {@code AWSStepFunctions.OrreryAdvanceTime}
 * ({@code {"seconds": 3600, "executionArn": "..."}}) moves the virtual clock of waiting executions.
 *
 * <pre>{@code
 * try (StepFunctionsServer server = StepFunctionsServer.start(StepFunctionsServer.Options.defaults().withPort(0))) {
 *     SfnClient sfn = SfnClient.builder().endpointOverride(server.uri()).build();
 *     ...
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StepFunctionsServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService executor;
    private final URI uri;

    private StepFunctionsServer(HttpServer http, ExecutorService executor, URI uri) {
        this.http = http;
        this.executor = executor;
        this.uri = uri;
    }

    /**
     * Start a server: it listens once this method returns.
     *
     * @param options where to listen and what to mock, never {@code null}
     * @return the running server
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static StepFunctionsServer start(Options options) {
        Objects.requireNonNull(options, "options");
        StepFunctionsService service = new StepFunctionsService(ServiceModel.load(), options.mockConfig(),
                Clock.systemUTC(), options.activityPoll(), options.coverage());
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port() + ": "
                    + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(16, new DaemonThreads());
        http.setExecutor(executor);
        http.createContext("/", new JsonProtocolHandler(service, options.log()));
        http.start();
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return new StepFunctionsServer(http, executor,
                URI.create("http://" + host + ":" + http.getAddress().getPort()));
    }

    /**
     * Return the endpoint to point clients at, e.g. {@code http://127.0.0.1:8083}.
     *
     * @return the endpoint URI, with the port actually bound
     */
    public URI uri() {
        return uri;
    }

    /**
     * Return the port the server listens on (the free port picked for port 0).
     *
     * @return the bound port
     */
    public int port() {
        return http.getAddress().getPort();
    }

    /** Stop listening, let requests in progress finish for up to a second, and release the threads. */
    @Override
    public void close() {
        http.stop(1);
        executor.shutdownNow();
    }

    /**
     * Where the server listens and what it mocks.
     *
     * @param host the address to bind, loopback ({@code 127.0.0.1}) by default, never {@code null}
     * @param port the port, 8083 by default (as Step Functions Local); 0 picks a free port
     * @param mockConfig the Step Functions Local MockConfigFile whose test cases {@code StartExecution} names after
     *     {@code #}, or {@code null} for none
     * @param activityPoll how long GetActivityTask waits for a task in wall time before answering without one (AWS
     *     waits up to 60 seconds; the default here is 1 second), never {@code null}
     * @param log where unexpected failures are reported, one line each, never {@code null}
     * @param coverage where each execution is handed once it has ended, to count in a coverage report (its state
     *     machine's name as the name, its ARN as the source), or {@code null} for nowhere
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Options(String host, int port, @Nullable StepFunctionsLocalMockConfig mockConfig,
            Duration activityPoll, PrintStream log, @Nullable CoverageSink coverage) {

        /** The port of Step Functions Local, which the endpoint takes by default. */
        public static final int DEFAULT_PORT = 8083;

        /**
         * Check the options.
         *
         * @param host the address to bind, never {@code null}
         * @param port the port, 0 to 65535
         * @param mockConfig the MockConfigFile, or {@code null}
         * @param activityPoll the GetActivityTask wait, not negative, never {@code null}
         * @param log where unexpected failures are reported, never {@code null}
         * @param coverage where ended executions are handed, or {@code null}
         */
        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(activityPoll, "activityPoll");
            Objects.requireNonNull(log, "log");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535 but was " + port);
            }
            if (activityPoll.isNegative()) {
                throw new IllegalArgumentException("activityPoll must not be negative but was " + activityPoll);
            }
        }

        /**
         * Create options that hand ended executions nowhere.
         *
         * @param host the address to bind, never {@code null}
         * @param port the port, 0 to 65535
         * @param mockConfig the MockConfigFile, or {@code null}
         * @param activityPoll the GetActivityTask wait, not negative, never {@code null}
         * @param log where unexpected failures are reported, never {@code null}
         */
        public Options(String host, int port, @Nullable StepFunctionsLocalMockConfig mockConfig,
                Duration activityPoll, PrintStream log) {
            this(host, port, mockConfig, activityPoll, log, null);
        }

        /**
         * Return the defaults: {@code 127.0.0.1:8083}, no mock configuration, GetActivityTask waits 1 second,
         * failures reported on {@code System.err}, no coverage.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options("127.0.0.1", DEFAULT_PORT, null, Duration.ofSeconds(1), System.err);
        }

        /**
         * Return a copy with the given host.
         *
         * @param value the address to bind, never {@code null}
         * @return the changed options
         */
        public Options withHost(String value) {
            return new Options(value, port, mockConfig, activityPoll, log, coverage);
        }

        /**
         * Return a copy with the given port.
         *
         * @param value the port; 0 picks a free one
         * @return the changed options
         */
        public Options withPort(int value) {
            return new Options(host, value, mockConfig, activityPoll, log, coverage);
        }

        /**
         * Return a copy with the given mock configuration.
         *
         * @param value the MockConfigFile, or {@code null} for none
         * @return the changed options
         */
        public Options withMockConfig(@Nullable StepFunctionsLocalMockConfig value) {
            return new Options(host, port, value, activityPoll, log, coverage);
        }

        /**
         * Return a copy with the given GetActivityTask wait.
         *
         * @param value how long GetActivityTask waits for a task, never {@code null}
         * @return the changed options
         */
        public Options withActivityPoll(Duration value) {
            return new Options(host, port, mockConfig, value, log, coverage);
        }

        /**
         * Return a copy that reports unexpected failures to the given stream.
         *
         * @param value where failures are reported, never {@code null}
         * @return the changed options
         */
        public Options withLog(PrintStream value) {
            return new Options(host, port, mockConfig, activityPoll, value, coverage);
        }

        /**
         * Return a copy that hands each execution, once it has ended, to the sink: {@code @StepFunctionsEndpoint}
         * gives {@link CoverageSink#installed()}, so that the runs a test makes through the endpoint count in the
         * coverage report of the test run.
         *
         * @param value where ended executions are handed, or {@code null} for nowhere
         * @return the changed options
         */
        public Options withCoverage(@Nullable CoverageSink value) {
            return new Options(host, port, mockConfig, activityPoll, log, value);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "orrery-sfn-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
