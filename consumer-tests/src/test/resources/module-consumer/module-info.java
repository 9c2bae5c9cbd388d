module orrery.consumer {
    requires dev.orrery.junit;
    requires org.junit.platform.launcher;
    opens consumer to org.junit.platform.commons;
}
