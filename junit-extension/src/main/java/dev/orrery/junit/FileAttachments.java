package dev.orrery.junit;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Attaches text files to a test through {@code ExtensionContext.publishFile} where the running JUnit has it (5.12
 * and later); the extension compiles against 5.10, which has no file attachments, so the method is found by
 * reflection and nothing is attached on older versions.
 */
final class FileAttachments {

    /** {@code publishFile(String, MediaType, ThrowingConsumer)}, the non-deprecated overload first; null before 5.12. */
    private static final @Nullable Method PUBLISH_FILE = publishFile();

    private FileAttachments() {}

    /**
     * Attach a UTF-8 text file with the given name and media type to the test, when the running JUnit supports it
     * and writes outputs (a launcher without output directory, such as a default {@code EngineTestKit}, does not);
     * the file is an extra beside a report entry with the same text, so a file that cannot be written is skipped.
     *
     * @return whether the file was attached
     */
    static boolean publish(ExtensionContext context, String name, String mediaType, String text) {
        if (PUBLISH_FILE == null) {
            return false;
        }
        ThrowingConsumer<Path> write = path -> Files.writeString(path, text, StandardCharsets.UTF_8);
        try {
            Object type = PUBLISH_FILE.getParameterTypes()[1].getMethod("parse", String.class).invoke(null, mediaType);
            PUBLISH_FILE.invoke(context, name, type, write);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static @Nullable Method publishFile() {
        Optional<Method> method = Arrays.stream(ExtensionContext.class.getMethods())
                .filter(m -> m.getName().equals("publishFile") && m.getParameterCount() == 3)
                .filter(m -> m.getParameterTypes()[0] == String.class
                        && m.getParameterTypes()[2] == ThrowingConsumer.class)
                .min(Comparator.comparing(m -> m.isAnnotationPresent(Deprecated.class)));
        return method.orElse(null);
    }
}
