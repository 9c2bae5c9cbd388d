package dev.orrery.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM behaviour the Class Data Sharing recipe of the performance guide rests on, checked on the JDK that runs the
 * build: a test JVM whose class path starts with the directories {@code target/test-classes} and
 * {@code target/classes} (as Maven Surefire orders it) cannot use an application archive, and one whose class path
 * starts with the jars the archive was written from, the directories appended, maps Orrery's, Jackson's and JUnit's
 * classes from it. {@code -Xshare:on} makes a run fail when it cannot use the archive; no timing is measured here.
 */
class ClassDataSharingConsumerTests {

    private static final List<Path> JARS = Consumer.jars(name -> true);
    private static final String MAIN = "consumer.Main";

    @TempDir
    static Path work;
    private static Consumer consumer;
    private static String classes;
    private static Path archive;

    @BeforeAll
    static void record_the_class_list_of_a_first_test_and_write_the_archive_from_the_jars() throws Exception {
        consumer = Consumer.copy("cds-consumer", work);
        Path compiled = work.resolve("classes");
        Consumer.Compilation compilation = consumer.compile(compiled, "--class-path", Consumer.joined(JARS));
        assertThat(compilation.succeeded()).as(compilation.diagnostics()).isTrue();
        Files.copy(consumer.folder().resolve("consumer/three.asl.json"), compiled.resolve("consumer/three.asl.json"));
        classes = compiled.toString();
        Path classList = work.resolve("tests.classlist");
        archive = work.resolve("tests.jsa");

        // the class list is recorded by an ordinary run, directories first as Surefire gives them
        Consumer.Run recording = consumer.run("-XX:DumpLoadedClassList=" + classList,
                "-cp", classes + File.pathSeparator + Consumer.joined(JARS), MAIN);
        assertThat(recording.exitCode()).as(recording.out() + recording.err()).isZero();
        // the archive is written from the jars alone
        Consumer.Run dump = consumer.run("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-cp", Consumer.joined(JARS));
        assertThat(dump.exitCode()).as(dump.out() + dump.err()).isZero();
        assertThat(archive).isNotEmptyFile();
    }

    @Test
    void maps_the_classes_of_the_jars_when_the_directories_are_appended_to_the_class_path() throws Exception {
        Consumer.Run run = consumer.run("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load=info",
                "-cp", Consumer.joined(JARS) + File.pathSeparator + classes, MAIN);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("tests succeeded: 1, failed: 0",
                "dev.orrery.junit.OrreryExtension source: shared objects file",
                "dev.orrery.internal.interpreter.CompiledMachine source: shared objects file",
                "com.fasterxml.jackson.databind.node.ObjectNode source: shared objects file",
                "org.junit.jupiter.engine.JupiterTestEngine source: shared objects file");
    }

    @Test
    void maps_them_when_java_class_path_reorders_the_class_path_surefire_passes_in_the_environment()
            throws Exception {
        // Surefire with useManifestOnlyJar=false passes its class path in CLASSPATH; an argLine -Djava.class.path
        // replaces it
        Consumer.Run run = consumer.run(Map.of("CLASSPATH", classes + File.pathSeparator + Consumer.joined(JARS)),
                "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load=info",
                "-Djava.class.path=" + Consumer.joined(JARS) + File.pathSeparator + classes, MAIN);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("tests succeeded: 1, failed: 0",
                "dev.orrery.junit.OrreryExtension source: shared objects file");
    }

    @Test
    void cannot_use_the_archive_when_the_class_path_starts_with_the_directories() throws Exception {
        String surefireOrder = classes + File.pathSeparator + Consumer.joined(JARS);

        Consumer.Run required = consumer.run("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-cp", surefireOrder,
                MAIN);
        Consumer.Run auto = consumer.run("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:class+load=info", "-cp", surefireOrder, MAIN);

        assertThat(required.exitCode()).as(required.out() + required.err()).isNotZero();
        assertThat(auto.exitCode()).as(auto.out() + auto.err()).isZero();
        assertThat(auto.out()).contains("tests succeeded: 1, failed: 0")
                .doesNotContain("dev.orrery.junit.OrreryExtension source: shared objects file");
    }

    @Test
    void cannot_write_an_archive_from_a_class_path_that_holds_a_directory_of_classes() throws Exception {
        Consumer.Run dump = consumer.run("-Xshare:dump", "-XX:SharedClassListFile=" + work.resolve("tests.classlist"),
                "-XX:SharedArchiveFile=" + work.resolve("refused.jsa"),
                "-cp", Consumer.joined(JARS) + File.pathSeparator + classes);

        assertThat(dump.exitCode()).isNotZero();
        assertThat(dump.out() + dump.err()).contains("non-empty directory");
    }
}
