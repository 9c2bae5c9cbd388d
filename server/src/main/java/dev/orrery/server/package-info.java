/**
 * The Step Functions API (AWS JSON 1.0) on a local port: {@link dev.orrery.server.StepFunctionsServer} answers
 * unmodified AWS SDKs, the AWS CLI and Step Functions Local suites with Orrery's engine on a virtual clock, and
 * {@link dev.orrery.server.StepFunctionsEndpoint} starts one for a JUnit test class.
 */
@NullMarked
package dev.orrery.server;

import org.jspecify.annotations.NullMarked;
