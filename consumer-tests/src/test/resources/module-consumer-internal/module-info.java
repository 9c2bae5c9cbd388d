module orrery.peek {
    requires dev.orrery.core;
}
