package dev.orrery.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What works and what does not is listed once, in the README; the guides link to it instead of keeping their own. */
class GuidesLinkToOneListOfWhatWorksTests {

    private static final String LINK = "README.md#what-works-today";

    @Test
    void the_readme_holds_the_list() throws IOException {
        assertThat(Files.readString(Path.of("../README.md"))).contains("\n## What works today\n", "\nNot yet: ");
    }

    @Test
    void no_guide_keeps_a_list_of_its_own() throws IOException {
        try (Stream<Path> guides = Files.list(Path.of("guides"))) {
            for (Path guide : guides.filter(p -> p.toString().endsWith(".md")).toList()) {
                assertThat(Files.readString(guide)).as(guide.toString())
                        .doesNotContain("on the roadmap", "once those run", "## Not yet supported", "## What runs today\n\nEvery");
            }
        }
    }

    @Test
    void the_guides_that_name_limits_link_to_the_list() throws IOException {
        for (String guide : List.of("guides/getting-started.md", "guides/parallel-and-map.md")) {
            assertThat(Files.readString(Path.of(guide))).as(guide).contains("../../" + LINK);
        }
        assertThat(Files.readString(Path.of("README.md"))).contains("../" + LINK);
    }
}
