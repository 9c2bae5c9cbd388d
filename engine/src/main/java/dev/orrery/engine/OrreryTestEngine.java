package dev.orrery.engine;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The JUnit Platform test engine {@code orrery}: runs each case of the {@code *.orrery.yaml} and
 * {@code *.orrery.json} test files on the test class path as one test, without Java code.
 *
 * <pre>{@code
 * definition: order-fulfilment/order.asl.json
 * cases:
 *   ships a valid order:
 *     input: {orderId: ORD-1001}
 *     mocks:
 *       Charge payment: {returns: {status: APPROVED}}
 *     expect:
 *       status: SUCCEEDED
 * }</pre>
 *
 * <p>Test files are selected by class path root, package, class path resource, folder, file (a resource or file at a
 * line selects the case written there) or unique id
 * ({@code [engine:orrery]/[file:orders/ship.orrery.yaml]/[case:ships a valid order]}); build tools that select only
 * classes (Maven Surefire, Gradle) find them with the configuration parameter
 * {@code orrery.engine.scan-classpath=true}, which also reports each test file as a class named after its path, since
 * Surefire reports only the tests under a class. The files the scan finds follow Surefire's {@code -Dtest} patterns
 * ({@code -Dtest='OrderTests,orders/ship#ships*'}), or {@code orrery.engine.include} in their place, and run once per
 * build however many forks and requests Surefire makes. A test file that cannot be used is one failing test whose
 * message lists every problem at its {@code file:line:col}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OrreryTestEngine implements TestEngine {

    /** The engine's id in unique ids and in the platform's engine filters. */
    public static final String ENGINE_ID = "orrery";

    /** Create the engine; the platform does, through the service loader. */
    public OrreryTestEngine() {}

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.orrery");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("orrery-engine");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "Orrery");
        List<Discovery.Selection> selections = Discovery.selections(request, uniqueId);
        if (!selections.isEmpty()) {
            // a request for Java test classes alone selects no test file: the reader's classes stay unloaded
            TestPlanBuilder.build(engine, selections, Discovery.scansClasspath(request));
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor engine = request.getRootTestDescriptor();
        listener.executionStarted(engine);
        RunClaims claims = null;
        boolean claimsRead = false;
        for (TestDescriptor child : engine.getChildren()) {
            TestFileDescriptor file = (TestFileDescriptor) child;
            if (file.scanned() && !claimsRead) {
                claims = RunClaims.of(request.getConfigurationParameters());
                claimsRead = true;
            }
            if (!file.scanned() || claims == null || claims.claim(file.file().location().id())) {
                TestFileExecutor.execute(listener, file);
            }
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }
}
