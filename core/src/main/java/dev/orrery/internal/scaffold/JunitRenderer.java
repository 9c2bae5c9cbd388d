package dev.orrery.internal.scaffold;

import dev.orrery.scaffold.ScaffoldFile;

/** Writes a JUnit 5 test class. */
final class JunitRenderer {

    private JunitRenderer() {}

    static ScaffoldFile render(Generated generated, String name, String definition) {
        return new ScaffoldFile(name + "Tests.java", "");
    }
}
