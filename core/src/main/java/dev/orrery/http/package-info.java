/**
 * HTTP Tasks ({@code arn:aws:states:::http:invoke}) against a loopback HTTP server the test chose, such as WireMock:
 * {@link dev.orrery.http.HttpTasks} builds each request as AWS does and routes it from the API's origin to the
 * loopback server, never to the internet.
 */
@NullMarked
package dev.orrery.http;

import org.jspecify.annotations.NullMarked;
