package dev.orrery.internal.scaffold;

import dev.orrery.scaffold.ScaffoldFile;

/** Writes a declarative test file. */
final class YamlRenderer {

    private YamlRenderer() {}

    static ScaffoldFile render(Generated generated, String name, String definition) {
        return new ScaffoldFile(name + ".orrery.yaml", "");
    }
}
