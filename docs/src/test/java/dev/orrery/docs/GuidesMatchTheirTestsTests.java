package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java block of a guide is preceded by {@code <!-- snippet: Class#tag -->} and must equal the region between
 * {@code // tag::tag[]} and {@code // end::tag[]} of that test class, so the guides show only code that compiles and
 * passes. A Kotlin block with a snippet marker is the tagged region of that class in the {@code examples-kotlin}
 * module.
 */
class GuidesMatchTheirTestsTests {

    private static final Path KOTLIN_EXAMPLES =
            Path.of("../examples-kotlin/src/test/kotlin/dev/orrery/examples/kotlin");
    private static final Pattern SNIPPET =
            Pattern.compile("<!-- snippet: (\\w+)#([\\w-]+) -->\\s*```(java|kotlin)\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> every_guide_snippet_is_the_tagged_region_of_a_passing_test() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> guides = Files.list(Path.of("guides"))) {
            for (Path guide : guides.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher matcher = SNIPPET.matcher(Files.readString(guide));
                while (matcher.find()) {
                    String className = matcher.group(1);
                    String tag = matcher.group(2);
                    Path source = matcher.group(3).equals("kotlin")
                            ? KOTLIN_EXAMPLES.resolve(className + ".kt")
                            : Path.of("src/test/java/dev/orrery/docs/" + className + ".java");
                    String shown = matcher.group(4);
                    tests.add(DynamicTest.dynamicTest(guide.getFileName() + ": " + className + "#" + tag,
                            () -> assertThat(shown).isEqualTo(region(source, className, tag))));
                }
            }
        }
        assertThat(tests).as("snippets found in docs/guides").isNotEmpty();
        return tests.stream();
    }

    private static String region(Path source, String className, String tag) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = indexOf(lines, "// tag::" + tag + "[]");
        int end = indexOf(lines, "// end::" + tag + "[]");
        assertThat(start).as("tag %s in %s", tag, className).isNotNegative().isLessThan(end);
        List<String> region = lines.subList(start + 1, end);
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        region.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
        return text.toString();
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(marker)) {
                return i;
            }
        }
        return -1;
    }
}
