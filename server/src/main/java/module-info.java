/**
 * The Step Functions API (AWS JSON 1.0) on a local port, answered by Orrery's engine on a virtual clock, and the
 * {@code @StepFunctionsEndpoint} JUnit extension that starts it for a test class. Only the API package is exported.
 */
module dev.orrery.server {
    requires transitive dev.orrery.core;
    requires jdk.httpserver;
    requires static org.junit.jupiter.api;
    requires static org.apiguardian.api;
    requires static org.jspecify;

    exports dev.orrery.server;
}
