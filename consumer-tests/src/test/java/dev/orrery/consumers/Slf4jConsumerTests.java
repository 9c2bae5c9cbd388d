package dev.orrery.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jayway JsonPath, which orrery-core evaluates JSONPath with, creates SLF4J loggers in the classes every JSONPath
 * evaluation loads, so slf4j-api stays on the class path and a binding is the user's choice. These runs pin the two
 * cases the JUnit guide documents: with the binding it recommends ({@code slf4j-nop}, test scope) a run prints nothing
 * on stderr; without any binding, SLF4J prints its one-time "No SLF4J providers" warning.
 */
class Slf4jConsumerTests {

    @Test
    void prints_nothing_on_stderr_with_the_documented_binding(@TempDir Path work) throws Exception {
        Consumer.Run run = runPathConsumer(work, Consumer.jars(name -> true));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("SUCCEEDED").contains("\"cheap\":[\"pen\"]");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void prints_slf4j_s_warning_without_any_binding(@TempDir Path work) throws Exception {
        Consumer.Run run = runPathConsumer(work, Consumer.jars(name -> !name.startsWith("slf4j-nop")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("SUCCEEDED");
        assertThat(run.err()).contains("No SLF4J providers were found");
    }

    private static Consumer.Run runPathConsumer(Path work, List<Path> classPath) throws Exception {
        Consumer consumer = Consumer.copy("classpath-consumer", work);
        Path classes = work.resolve("classes");
        Consumer.Compilation compilation = consumer.compile(classes, "--class-path", Consumer.joined(classPath));
        assertThat(compilation.succeeded()).as(compilation.diagnostics()).isTrue();
        return consumer.run("-cp", classes + File.pathSeparator + Consumer.joined(classPath), "consumer.RunPath");
    }
}
