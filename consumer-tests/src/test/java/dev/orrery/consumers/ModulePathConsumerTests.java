package dev.orrery.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's test code in a named module ({@code requires dev.orrery.junit}) compiled and run on the module path
 * against the built jars: the JUnit extension, the test engine, the assertions and the interpreter work there, and
 * Orrery's internal packages are not readable.
 */
class ModulePathConsumerTests {

    private static final List<Path> MODULE_PATH = Consumer.jars(name -> !name.startsWith("slf4j-nop"));

    @Test
    void runs_a_state_machine_test_from_a_named_module(@TempDir Path work) throws Exception {
        Consumer consumer = Consumer.copy("module-consumer", work);
        Path classes = work.resolve("classes");

        Consumer.Compilation compilation = consumer.compile(classes, "--module-path", Consumer.joined(MODULE_PATH));
        assertThat(compilation.succeeded()).as(compilation.diagnostics()).isTrue();

        Consumer.Run run = consumer.run("--module-path", classes + File.pathSeparator
                + Consumer.joined(MODULE_PATH), "--module", "orrery.consumer/consumer.Main");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(
                "orrery-core module: dev.orrery.core",
                "internal package exported: false",
                "consumer module: orrery.consumer",
                "tests succeeded: 1, failed: 0");
    }

    @Test
    void runs_a_test_file_of_a_named_module_with_the_engine_on_the_module_path(@TempDir Path work) throws Exception {
        Consumer consumer = Consumer.copy("module-engine-consumer", work);
        Path classes = work.resolve("classes");
        Consumer.Compilation compilation = consumer.compile(classes, "--module-path", Consumer.joined(MODULE_PATH));
        assertThat(compilation.succeeded()).as(compilation.diagnostics()).isTrue();
        Path checks = Files.createDirectories(classes.resolve("checks"));
        for (String file : List.of("wait.orrery.yaml", "wait.asl.json")) {
            Files.copy(consumer.folder().resolve("checks").resolve(file), checks.resolve(file));
        }

        Consumer.Run run = consumer.run("--module-path", classes + File.pathSeparator
                + Consumer.joined(MODULE_PATH), "--module", "orrery.engine.consumer/engineconsumer.Main");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("engine module: dev.orrery.engine", "tests succeeded: 1, failed: 0");
    }

    @Test
    void refuses_to_compile_a_module_that_imports_an_internal_package(@TempDir Path work) throws Exception {
        Consumer consumer = Consumer.copy("module-consumer-internal", work);

        Consumer.Compilation compilation =
                consumer.compile(work.resolve("classes"), "--module-path", Consumer.joined(MODULE_PATH));

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.diagnostics())
                .contains("package dev.orrery.internal.parser is not visible")
                .contains("declared in module dev.orrery.core, which does not export it");
    }
}
