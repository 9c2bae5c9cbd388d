package dev.orrery.junit;

import dev.orrery.replay.HistoryFormatException;
import dev.orrery.replay.RecordedExecution;
import dev.orrery.replay.Replay;
import dev.orrery.replay.ReplayResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link ReplayHistory} method once per history file, named after the file, with the replay of that history
 * against the class's definition injected as {@link ReplayResult} (and the history as {@link RecordedExecution}).
 * Registered by {@link ReplayHistory}; not for direct use.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReplayHistoryExtension implements TestTemplateInvocationContextProvider {

    private static final String DESCRIBE = ".describe.json";

    /** Create the extension; JUnit does, through {@link ReplayHistory}. */
    public ReplayHistoryExtension() {}

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, ReplayHistory.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ReplayHistory annotation = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(),
                ReplayHistory.class).orElse(null);
        String[] names = annotation == null ? new String[0] : annotation.value();
        String execution = annotation == null || annotation.execution().isEmpty() ? null : annotation.execution();
        List<History> histories = new ArrayList<>();
        for (String name : names) {
            histories.addAll(histories(name, testClass, execution));
        }
        if (histories.isEmpty()) {
            throw Problems.config(testClass, "@ReplayHistory", "No history files in " + Arrays.toString(names),
                    "name history files (GetExecutionHistory output) or folders that hold some.");
        }
        return histories.stream().map(Invocation::new);
    }

    private static List<History> histories(String name, Class<?> testClass, @Nullable String execution) {
        Path file = Resources.file(name, testClass);
        if (file != null && Files.isDirectory(file)) {
            try (Stream<Path> files = Files.list(file)) {
                return files.filter(f -> (f.getFileName().toString().endsWith(".json")
                                || f.getFileName().toString().endsWith(".jsonl"))
                                && !f.getFileName().toString().endsWith(DESCRIBE) && Files.isRegularFile(f))
                        .sorted()
                        .map(f -> new History(f.getFileName().toString(),
                                (name.endsWith("/") ? name : name + "/") + f.getFileName(), testClass, execution))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + file, e);
            }
        }
        if (Resources.read(name, testClass) == null) {
            throw Problems.config(testClass, "@ReplayHistory", "History file \"" + name + "\" not found",
                    Resources.whereToPut(name));
        }
        return List.of(new History(Path.of(name).getFileName().toString(), name, testClass, execution));
    }

    /** One history file of a {@link ReplayHistory} method. */
    private record History(String displayName, String name, Class<?> testClass, @Nullable String execution) {

        RecordedExecution read() {
            String text = Resources.read(name, testClass);
            if (text == null) {
                throw new ParameterResolutionException("History file \"" + name + "\" not found");
            }
            RecordedExecution recording = RecordedExecution.parse(text, name, execution);
            String describeName = name.endsWith(".json") ? name.substring(0, name.length() - 5) + DESCRIBE : null;
            String description = describeName == null ? null : Resources.read(describeName, testClass);
            return description == null ? recording : recording.withDescription(description, describeName);
        }
    }

    /** One invocation: its name, and what it injects. */
    private static final class Invocation implements TestTemplateInvocationContext {

        private final History history;

        Invocation(History history) {
            this.history = history;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return history.displayName();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Replayer(history));
        }
    }

    /** Replays the history once per invocation and injects the result; checks it when the method does not. */
    private static final class Replayer implements ParameterResolver, BeforeTestExecutionCallback {

        private final History history;
        private @Nullable ReplayResult result;

        Replayer(History history) {
            this.history = history;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == ReplayResult.class || type == RecordedExecution.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ReplayResult replay = replay(context);
            return parameter.getParameter().getType() == ReplayResult.class ? replay : replay.recording();
        }

        @Override
        public void beforeTestExecution(ExtensionContext context) {
            boolean inspects = Arrays.stream(context.getRequiredTestMethod().getParameterTypes())
                    .anyMatch(type -> type == ReplayResult.class);
            if (!inspects) {
                ReplayResult replay = replay(context);
                if (!replay.reproduced()) {
                    throw new AssertionError("The definition does not reproduce the recording " + history.name()
                            + ":\n  " + replay);
                }
            }
        }

        private ReplayResult replay(ExtensionContext context) {
            if (result == null) {
                ExtensionContext classContext = context;
                while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
                    classContext = classContext.getParent().get();
                }
                ClassFixture fixture = classContext.getStore(OrreryExtension.NAMESPACE)
                        .get(ClassFixture.class, ClassFixture.class);
                if (fixture == null) {
                    throw Problems.config(context.getRequiredTestClass(), "@ReplayHistory", "No definition to "
                            + "replay against", "annotate the class with @StateMachineTest(definition = \"...\") or "
                            + "register an OrreryExtension.");
                }
                try {
                    result = Replay.of(history.read()).against(fixture.stateMachine());
                } catch (HistoryFormatException e) {
                    throw new ParameterResolutionException(e.getMessage());
                }
            }
            return result;
        }
    }
}
