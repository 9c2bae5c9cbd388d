package dev.orrery.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A small user project, copied from the test resources, compiled with javac and run in its own JVM. */
final class Consumer {

    private final Path sources;

    private Consumer(Path sources) {
        this.sources = sources;
    }

    /** Copy the project under {@code resource} (a folder of the test resources) into {@code work}. */
    static Consumer copy(String resource, Path work) throws IOException, URISyntaxException {
        Path from = Path.of(Consumer.class.getResource("/" + resource).toURI());
        Path to = work.resolve(resource);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return new Consumer(to);
    }

    /** The jars a user's build would resolve: orrery-junit, its dependencies and JUnit, as built by this build. */
    static List<Path> jars(Predicate<String> keep) {
        String path = System.getProperty("orrery.consumer.path", "");
        assertThat(path).as("the consumer path from the build (system property orrery.consumer.path)").isNotBlank();
        return Arrays.stream(path.split(File.pathSeparator))
                .map(Path::of)
                .filter(jar -> keep.test(jar.getFileName().toString()))
                .toList();
    }

    static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    Path folder() {
        return sources;
    }

    /** Compile every {@code .java} file of the project into {@code classes}; returns javac's diagnostics. */
    Compilation compile(Path classes, String... options) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(options));
        if (!arguments.contains("--class-path")) {
            // In-process javac otherwise takes this JVM's class path, where the Orrery jars sit unnamed.
            Path nothing = Files.createDirectories(sources.resolve("no-class-path"));
            arguments.addAll(List.of("--class-path", nothing.toString()));
        }
        arguments.addAll(List.of("-d", classes.toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int exitCode = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
        return new Compilation(exitCode == 0, diagnostics.toString(StandardCharsets.UTF_8));
    }

    /** Run {@code java} with the arguments in the project's folder; bounded to two minutes. */
    Run run(String... arguments) throws IOException, InterruptedException {
        return run(Map.of(), arguments);
    }

    /** Run {@code java} with the arguments and these environment variables added, in the project's folder. */
    Run run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        Path out = sources.resolve("stdout.txt");
        Path err = sources.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(sources.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the consumer did not finish within two minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** What javac said. */
    record Compilation(boolean succeeded, String diagnostics) {}

    /** What the consumer's JVM did. */
    record Run(int exitCode, String out, String err) {}
}
