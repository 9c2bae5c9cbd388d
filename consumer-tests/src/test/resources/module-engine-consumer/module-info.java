module orrery.engine.consumer {
    requires org.junit.platform.launcher;
    // The test files are class path resources of this module: open their folder to the engine.
    opens checks;
}
