package dev.orrery.cli;

import dev.orrery.parse.ParseResult;
import dev.orrery.scaffold.Scaffold;
import dev.orrery.scaffold.ScaffoldFile;
import dev.orrery.scaffold.ScaffoldFormat;
import dev.orrery.scaffold.ScaffoldSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code orrery scaffold}: writes a starting point for a definition's tests, as a Step Functions Local mock
 * configuration (with the inputs beside it), a JUnit 5 test class or a declarative test file.
 */
final class ScaffoldCommand {

    private final PrintStream out;
    private final PrintStream err;

    ScaffoldCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse("scaffold", args,
                Set.of("definition", "template", "state-machine", "substitution", "format", "output"));
        if (arguments.help()) {
            out.print(Usage.SCAFFOLD);
            return 0;
        }
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("'scaffold' takes no positional arguments but got " + arguments.positionals());
        }
        String formatName = arguments.options().getOrDefault("format", "mock-config");
        ScaffoldFormat format = ScaffoldFormat.fromOptionName(formatName);
        if (format == null) {
            throw new UsageException("--format must be mock-config, junit or orrery-yaml but was '" + formatName + "'");
        }
        DefinitionOptions.Named definition = DefinitionOptions.single(arguments);
        ParseResult parsed = definition.parse();
        parsed.diagnostics().forEach(err::println);
        if (!parsed.isValid()) {
            err.println("orrery: " + definition.label() + " is not a valid state machine definition");
            return 2;
        }
        String output = arguments.option("output");
        String name = name(format, definition.stem(), output);
        Scaffold scaffold = Scaffold.of(parsed.orThrow());
        ScaffoldSource source = (arguments.option("definition") != null
                ? ScaffoldSource.definition(arguments.option("definition"))
                : ScaffoldSource.template(arguments.option("template"), arguments.option("state-machine")))
                .withSubstitutions(DefinitionOptions.substitutions(arguments));
        if (format == ScaffoldFormat.ORRERY_YAML && output != null) {
            source = source.withFile(relativeTo(output, source.file()));
        }
        List<ScaffoldFile> files = scaffold.render(format, name, source);
        if (output == null) {
            out.print(files.get(0).content());
            for (ScaffoldFile other : files.subList(1, files.size())) {
                err.println("orrery: " + other.name() + " (the test cases' inputs) is written with --output DIR");
            }
        } else {
            write(output, files);
        }
        summarise(scaffold);
        return 0;
    }

    /** Return the name the files are given: the definition's, or a JUnit class's as the output file names it. */
    private static String name(ScaffoldFormat format, String stem, String output) throws UsageException {
        if (output == null || format != ScaffoldFormat.JUNIT || !output.endsWith(".java")) {
            return stem;
        }
        String file = Path.of(output).getFileName().toString();
        String className = file.substring(0, file.length() - ".java".length());
        if (!className.endsWith("Tests") || !className.matches("[A-Z][A-Za-z0-9]*")) {
            throw new UsageException("--output " + output + ": a JUnit scaffold file is named like OrderTests.java"
                    + " (or give a folder)");
        }
        return className.substring(0, className.length() - "Tests".length());
    }

    /** Return the definition's path as seen from the folder a test file is written to, which names it so. */
    private static String relativeTo(String output, String definition) {
        Path target = Path.of(output).toAbsolutePath().normalize();
        Path folder = isFolder(output) ? target : target.getParent();
        return folder.relativize(Path.of(definition).toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static boolean isFolder(String option) {
        return Files.isDirectory(Path.of(option)) || option.endsWith("/") || option.endsWith("\\");
    }

    private void write(String option, List<ScaffoldFile> files) throws UsageException {
        Path output = Path.of(option);
        boolean folder = isFolder(option);
        Path dir = folder ? output : output.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < files.size(); i++) {
                Path file = i == 0 && !folder ? output : dir.resolve(files.get(i).name());
                Files.writeString(file, files.get(i).content(), StandardCharsets.UTF_8);
                err.println("orrery: wrote " + file);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write --output " + output + ": " + JsonFiles.describe(e));
        }
    }

    private void summarise(Scaffold scaffold) {
        int cases = scaffold.cases().size();
        err.println("orrery: " + cases + " test case" + (cases == 1 ? "" : "s") + " reaching "
                + scaffold.reachedCount() + " of " + scaffold.targetCount()
                + " states, Choice branches and Catch edges");
        scaffold.notes().forEach(note -> err.println("  " + note));
    }
}
