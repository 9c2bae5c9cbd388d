package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dependency snippets of the guides name the version this checkout builds. */
class GuidesNameTheProjectVersionTests {

    @Test
    void the_junit_guide_gives_the_version_of_the_build() throws IOException {
        Matcher version = Pattern.compile("<artifactId>orrery-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("../pom.xml")));
        assertThat(version.find()).as("the parent POM's version").isTrue();

        assertThat(Files.readString(Path.of("guides/junit-extension.md")))
                .contains("<version>" + version.group(1) + "</version>");
    }
}
