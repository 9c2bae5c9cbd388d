package dev.orrery.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.coverage.CoverageSink;
import dev.orrery.mock.StepFunctionsLocalMockConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link StepFunctionsEndpoint}: one server per annotated test class, closed after the class;
 * resolves parameters of type {@link URI} and {@link StepFunctionsServer}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StepFunctionsEndpointExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(StepFunctionsEndpointExtension.class);

    /** Create the extension; JUnit does this for {@link StepFunctionsEndpoint}. */
    public StepFunctionsEndpointExtension() {}

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == URI.class || type == StepFunctionsServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        StepFunctionsServer server = server(context);
        return parameter.getParameter().getType() == URI.class ? server.uri() : server;
    }

    private static StepFunctionsServer server(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().get();
        }
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        return store.getOrComputeIfAbsent(testClass, key -> new Running(start(testClass)), Running.class).server;
    }

    private static StepFunctionsServer start(Class<?> testClass) {
        StepFunctionsEndpoint annotation = findAnnotation(testClass);
        StepFunctionsServer.Options options = StepFunctionsServer.Options.defaults().withPort(0)
                .withCoverage(CoverageSink.installed());
        if (annotation != null && !annotation.mockConfig().isEmpty()) {
            options = options.withMockConfig(mockConfig(testClass, annotation.mockConfig()));
        }
        return StepFunctionsServer.start(options);
    }

    private static @Nullable StepFunctionsEndpoint findAnnotation(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            StepFunctionsEndpoint annotation = c.getAnnotation(StepFunctionsEndpoint.class);
            if (annotation != null) {
                return annotation;
            }
        }
        return null;
    }

    private static StepFunctionsLocalMockConfig mockConfig(Class<?> testClass, String location) {
        String resource = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = testClass.getClassLoader().getResourceAsStream(resource)) {
            JsonNode json;
            if (in != null) {
                json = new ObjectMapper().readTree(in);
            } else if (Files.isRegularFile(Path.of(location))) {
                json = new ObjectMapper().readTree(Path.of(location).toFile());
            } else {
                throw new ExtensionConfigurationException("@StepFunctionsEndpoint(mockConfig = \"" + location
                        + "\"): no class path resource or file of that name");
            }
            return StepFunctionsLocalMockConfig.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("@StepFunctionsEndpoint(mockConfig = \"" + location + "\")", e);
        }
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final StepFunctionsServer server;

        Running(StepFunctionsServer server) {
            this.server = server;
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
