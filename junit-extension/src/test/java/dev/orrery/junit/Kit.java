package dev.orrery.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs fixture classes on the Jupiter engine. */
final class Kit {

    static final String DEFINITION = "junit/orders.asl.json";
    static final String MOCK_CONFIG = "junit/MockConfigFile.json";

    private Kit() {}

    static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    }

    /**
     * Run the fixture with file attachments written under the root, where the JUnit on the test class path can
     * attach files (5.12 and later; found by reflection, since the profiles run these tests on 5.10 too).
     *
     * @return the results, or empty when this JUnit has no output directories
     */
    static Optional<EngineExecutionResults> runWritingFiles(Class<?> fixture, Path root) throws Exception {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture));
        Optional<Method> setter = Arrays.stream(EngineTestKit.Builder.class.getMethods())
                .filter(m -> m.getName().equals("outputDirectoryCreator")
                        || m.getName().equals("outputDirectoryProvider"))
                .min((a, b) -> a.getName().compareTo(b.getName()));
        if (setter.isEmpty()) {
            return Optional.empty();
        }
        Class<?> type = setter.get().getParameterTypes()[0];
        Object directories = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRootDirectory" -> root;
                    case "createOutputDirectory" -> Files.createDirectories(root.resolve(
                            ((TestDescriptor) args[0]).getUniqueId().toString().replaceAll("[^A-Za-z0-9_-]", "_")));
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "output directories under " + root;
                });
        setter.get().invoke(builder, directories);
        return Optional.of(builder.execute());
    }

    static EngineExecutionResults runInParallel(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .selectors(selectClass(fixture))
                .execute();
    }
}
