package dev.orrery.http;

import dev.orrery.internal.http.HttpInvokeRequest;
import dev.orrery.internal.http.HttpInvokeResult;
import dev.orrery.internal.http.HttpTaskFailure;
import dev.orrery.internal.http.LoopbackHosts;
import dev.orrery.spi.TaskIntegration;
import dev.orrery.spi.TaskOutcome;
import dev.orrery.spi.TaskRequest;
import dev.orrery.spi.UnmockedTaskException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Answers HTTP Tasks ({@code arn:aws:states:::http:invoke}) by sending their request to a loopback HTTP server the
 * test chose, such as WireMock, and mapping the response as AWS does.
 *
 * <p>The request is built from the task's effective parameters exactly as Step Functions builds it:
 * {@code ApiEndpoint} with the URL-encoded {@code QueryParameters}, the {@code Method}, the {@code Headers} (the
 * ones AWS forbids fail the task with {@code States.Runtime}), and the {@code RequestBody} as JSON or, with
 * {@code Transform}, as {@code form-urlencoded} data; AWS's {@code User-Agent: Amazon|StepFunctions|HttpInvoke|region}
 * and {@code Range: bytes=0-262144} headers are added, and {@code Content-Type: application/json; charset=UTF-8}
 * when a body has none. The result is {@code {"Headers", "ResponseBody", "StatusCode", "StatusText"}}; a status
 * that is not 2xx fails the task with {@code States.Http.StatusCode.<code>}, so Retry and Catch work as on AWS.
 *
 * <p>Nothing leaves the machine: each API origin ({@code https://api.example.com}) is routed to a loopback base URL
 * ({@code http://localhost:8089}), keeping the endpoint's path and query; a base URL that is not loopback is refused
 * when the route is declared, and a call to an origin without a route fails closed with an
 * {@link UnmockedTaskException} that says how to route or mock it. An EventBridge connection adds to the request
 * what {@link Builder#connection(String, HttpConnection)} declares for its ARN (authorization, headers, query and
 * body parameters; see {@link HttpConnection}); a connection not declared adds nothing.
 *
 * <p>The call is made synchronously and takes no virtual time unless {@link Builder#latency(Duration)} says
 * otherwise, so runs stay deterministic as long as the server answers deterministically. Combine with mocks through
 * {@link dev.orrery.mock.TaskMocks.Builder#http(HttpTasks)}: mocks declared for a state answer first.
 *
 * <pre>{@code
 * HttpTasks http = HttpTasks.builder().route("https://api.example.com", wireMock.baseUrl()).build();
 * Execution execution = StateMachineRunner.create(machine, http).run(input);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HttpTasks implements TaskIntegration {

    /** The resource of HTTP Tasks in the {@code aws} partition. */
    public static final String RESOURCE = "arn:aws:states:::http:invoke";


    private final Map<String, URI> routes;
    private final Map<String, HttpConnection> connections;
    private final Duration latency;
    private final Duration timeout;
    private final HttpClient client;

    private HttpTasks(Map<String, URI> routes, Map<String, HttpConnection> connections, Duration latency,
            Duration timeout) {
        this.routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
        this.connections = Map.copyOf(connections);
        this.latency = latency;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY) // never a proxy from -Dhttp.proxyHost: loopback only
                .connectTimeout(timeout)
                .build();
    }

    /**
     * Start declaring routes.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return whether the call is an HTTP Task's ({@code arn:<partition>:states:::http:invoke}).
     *
     * @param request the Task call, never {@code null}
     * @return {@code true} when the resource is {@code http:invoke}
     */
    public static boolean handles(TaskRequest request) {
        return HttpInvokeRequest.isHttpInvoke(request.resource());
    }

    /**
     * Return the routes, from API origin to loopback base URL, in declaration order.
     *
     * @return the routes, keyed by origin
     */
    public Map<String, String> routes() {
        Map<String, String> text = new LinkedHashMap<>();
        routes.forEach((origin, base) -> text.put(origin, base.toString()));
        return Collections.unmodifiableMap(text);
    }

    /**
     * Send the HTTP Task's request to the loopback server its origin is routed to.
     *
     * @throws UnmockedTaskException when the call is not an HTTP Task's or its origin has no route
     * @throws IllegalStateException when the loopback server cannot be reached (not started, or stopped): a set-up
     *     error of the test, which stops the run rather than failing the task
     */
    @Override
    public TaskOutcome invoke(TaskRequest request) {
        if (!handles(request)) {
            throw new UnmockedTaskException("HttpTasks answers only HTTP Tasks (" + RESOURCE + "), but Task state \""
                    + request.stateName() + "\" calls " + request.resource() + ".\n"
                    + "Mock it and let HttpTasks answer the HTTP Tasks:\n"
                    + "  TaskMocks.builder().returns(\"" + request.stateName() + "\", result).http(httpTasks).build()");
        }
        HttpInvokeRequest call;
        try {
            call = HttpInvokeRequest.from(request.payload());
            String arn = HttpInvokeRequest.connectionArn(request.payload());
            HttpConnection connection = arn == null ? null : connections.get(arn);
            if (connection != null) {
                call = call.withConnection(connection, request.payload());
            }
        } catch (HttpTaskFailure failure) {
            return new TaskOutcome.Failure(failure.error(), failure.cause(), latency);
        }
        URI base = routes.get(call.origin());
        if (base == null) {
            throw new UnmockedTaskException(unrouted(request, call));
        }
        String target = stripSlash(base.toString()) + call.pathAndQuery();
        try {
            return send(request, call, new URI(target));
        } catch (URISyntaxException e) {
            return new TaskOutcome.Failure("States.Runtime", "The HTTP Task's request URL " + call.origin()
                    + call.pathAndQuery() + " is not a valid URL: " + e.getReason() + " at index "
                    + (e.getIndex() - stripSlash(base.toString()).length() + call.origin().length()), latency);
        }
    }

    private TaskOutcome send(TaskRequest request, HttpInvokeRequest call, URI target) {
        HttpRequest.Builder http = HttpRequest.newBuilder(target).timeout(timeout)
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        try {
            call.headers().forEach(header -> http.header(header.name(), header.value()));
        } catch (IllegalArgumentException e) {
            return new TaskOutcome.Failure("States.Runtime", "The HTTP Task's Headers cannot be sent: "
                    + e.getMessage(), latency);
        }
        if (call.body() != null && !call.hasHeader("Content-Type")) {
            http.setHeader("Content-Type", HttpInvokeRequest.DEFAULT_CONTENT_TYPE);
        }
        http.setHeader("User-Agent", "Amazon|StepFunctions|HttpInvoke|" + region(request));
        http.setHeader("Range", "bytes=0-262144");
        HttpResponse<byte[]> response;
        try {
            response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new TaskOutcome.Failure("States.Http.Socket", "The HTTP request timed out after "
                    + timeout.toSeconds() + " seconds", timeout);
        } catch (IOException e) {
            throw new IllegalStateException(unreachable(request, call, target, e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Task state \"" + request.stateName() + "\" called "
                    + target, e);
        }
        try {
            return new TaskOutcome.Success(HttpInvokeResult.of(response.statusCode(), response.headers().map(),
                    response.body()), latency);
        } catch (HttpTaskFailure failure) {
            return new TaskOutcome.Failure(failure.error(), failure.cause(), latency);
        }
    }

    /**
     * Explain a loopback server that cannot be reached: a set-up error of the test, not a task failure, since AWS
     * documents {@code States.Http.Socket} only for a request that gets no answer within 60 seconds.
     */
    private static String unreachable(TaskRequest request, HttpInvokeRequest call, URI target, IOException e) {
        String reason = e instanceof ConnectException
                ? "the connection was refused: nothing listens on port " + target.getPort()
                : e.toString();
        return "Task state \"" + request.stateName() + "\" could not reach the loopback server at " + target
                + " (routed from " + call.origin() + "): " + reason + ".\n"
                + "Start the server before the run and keep it running until the run ends (WireMock: a"
                + " @RegisterExtension field, or start() in @BeforeAll), and route to its actual port.\n"
                + "This stops the run instead of failing the task: AWS fails an HTTP Task with States.Http.Socket"
                + " when it gets no answer within 60 seconds. To test that failure, answer later than"
                + " HttpTasks.builder().timeout(...) (WireMock: withFixedDelay) or mock the state:\n"
                + "  TaskMocks.builder().fails(\"" + request.stateName() + "\", \"States.Http.Socket\", cause)";
    }

    private String unrouted(TaskRequest request, HttpInvokeRequest call) {
        return "No route for HTTP Task state \"" + request.stateName() + "\": it calls " + call.method() + " "
                + call.endpoint() + " (call #" + request.invocation() + ", 0-based).\n"
                + "Orrery sends HTTP Tasks only to a loopback server chosen by the test: route the origin, e.g.\n"
                + "  HttpTasks.builder().route(\"" + call.origin() + "\", wireMock.baseUrl()).build()\n"
                + "or mock the state: TaskMocks.builder().returns(\"" + request.stateName() + "\", result)\n"
                + "Routes declared: " + (routes.isEmpty() ? "none" : String.join(", ", routes().entrySet().stream()
                        .map(e -> e.getKey() + " -> " + e.getValue()).toList()));
    }

    /**
     * Return what the EventBridge connection of this ARN adds to a request, as declared to the builder.
     *
     * @param connectionArn the connection's ARN, as the tasks name it
     * @return the connection, or empty when none was declared for the ARN
     */
    public java.util.Optional<HttpConnection> connection(String connectionArn) {
        return java.util.Optional.ofNullable(connections.get(connectionArn));
    }

    private static String region(TaskRequest request) {
        return HttpInvokeRequest.region(request.contextAt("/Execution/Id").asText(""));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Builds {@link HttpTasks}; not thread-safe, and each {@link #build()} returns an independent snapshot. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private final Map<String, URI> routes = new LinkedHashMap<>();
        private final Map<String, HttpConnection> connections = new LinkedHashMap<>();
        private Duration latency = Duration.ZERO;
        private Duration timeout = Duration.ofSeconds(60);

        private Builder() {}

        /**
         * Send the HTTP Tasks whose {@code ApiEndpoint} has this origin to the loopback base URL, keeping the path
         * and query: with {@code route("https://api.example.com", "http://localhost:8089")}, the endpoint
         * {@code https://api.example.com/v1/orders?x=1} is called as {@code http://localhost:8089/v1/orders?x=1}.
         * A later route for the same origin replaces the earlier one.
         *
         * @param origin the API's scheme, host and optional port, e.g. {@code https://api.example.com}
         * @param loopbackBaseUrl an {@code http} or {@code https} URL on {@code localhost}, {@code 127.0.0.0/8} or
         *     {@code ::1}, with an optional path prefix, e.g. WireMock's {@code baseUrl()}
         * @throws IllegalArgumentException when the origin is not an origin or the base URL is not loopback
         * @return this builder
         */
        public Builder route(String origin, String loopbackBaseUrl) {
            URI from = absolute(Objects.requireNonNull(origin, "origin"), "origin");
            if (from.getRawPath() != null && !from.getRawPath().isEmpty() && !from.getRawPath().equals("/")
                    || from.getRawQuery() != null || from.getRawFragment() != null) {
                throw new IllegalArgumentException("Route an origin (scheme, host and port, e.g."
                        + " https://api.example.com), not a URL with a path or query: " + origin);
            }
            URI to = absolute(Objects.requireNonNull(loopbackBaseUrl, "loopbackBaseUrl"), "loopback base URL");
            if (!LoopbackHosts.isLoopback(to.getHost())) {
                throw new IllegalArgumentException("HTTP Tasks may only be routed to a loopback server (localhost,"
                        + " 127.0.0.0/8 or ::1) so that tests never reach the network, but " + loopbackBaseUrl
                        + " is on host " + to.getHost());
            }
            routes.put(HttpInvokeRequest.origin(from), to);
            return this;
        }

        /**
         * Declare what an EventBridge connection adds to the requests of the HTTP Tasks that name it in
         * {@code Authentication.ConnectionArn} (or {@code InvocationConfig.ConnectionArn}). A later declaration for
         * the same ARN replaces the earlier one.
         *
         * @param connectionArn the connection's ARN, as the tasks name it
         * @param connection what it adds
         * @return this builder
         */
        public Builder connection(String connectionArn, HttpConnection connection) {
            connections.put(Objects.requireNonNull(connectionArn, "connectionArn"),
                    Objects.requireNonNull(connection, "connection"));
            return this;
        }

        /**
         * Let every HTTP call take this virtual time (zero by default); real time spent is never counted.
         *
         * @param value the virtual latency of each call, never negative, never {@code null}
         * @return this builder
         */
        public Builder latency(Duration value) {
            Objects.requireNonNull(value, "latency");
            if (value.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative but was " + value);
            }
            this.latency = value;
            return this;
        }

        /**
         * Give up on a loopback server that does not answer within this real time (60 seconds by default, as AWS):
         * the task then fails with {@code States.Http.Socket} after that much virtual time.
         *
         * @param value the real-time limit on waiting for an answer, positive, never {@code null}
         * @return this builder
         */
        public Builder timeout(Duration value) {
            Objects.requireNonNull(value, "timeout");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive but was " + value);
            }
            this.timeout = value;
            return this;
        }

        /**
         * Return the routes declared so far.
         *
         * @return the HTTP Tasks with the declared routes, latency and timeout
         */
        public HttpTasks build() {
            return new HttpTasks(routes, connections, latency, timeout);
        }

        private static URI absolute(String url, String what) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new IllegalArgumentException("The " + what + " must be an absolute http or https URL but"
                            + " was " + url);
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("The " + what + " is not a valid URL: " + url, e);
            }
        }
    }
}
