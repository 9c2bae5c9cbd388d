/**
 * Orrery's core: the ASL model and parser, the deterministic interpreter on a virtual clock, task mocks and the
 * execution history. Only the API packages are exported; {@code dev.orrery.internal.*} stays inside the module.
 */
module dev.orrery.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires json.path;
    requires com.dashjoin.jsonata;
    requires java.net.http;
    requires static org.apiguardian.api;
    requires static org.jspecify;

    exports dev.orrery.coverage;
    exports dev.orrery.history;
    exports dev.orrery.http;
    exports dev.orrery.mock;
    exports dev.orrery.model;
    exports dev.orrery.parse;
    exports dev.orrery.replay;
    exports dev.orrery.run;
    exports dev.orrery.scaffold;
    exports dev.orrery.spi;
    exports dev.orrery.teststate;

    uses dev.orrery.coverage.CoverageSink;

    exports dev.orrery.internal.json to dev.orrery.assertj, dev.orrery.junit;
    exports dev.orrery.internal.text to dev.orrery.assertj, dev.orrery.junit, dev.orrery.engine;
    exports dev.orrery.internal.teststate to dev.orrery.server;
    exports dev.orrery.internal.parser to dev.orrery.engine;
    exports dev.orrery.internal.coverage to dev.orrery.junit;
}
