package dev.orrery.engine;

/** The class loader test files and the files they name are read from: the thread's, as the platform uses. */
final class ClassLoaders {

    private ClassLoaders() {}

    static ClassLoader current() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ClassLoaders.class.getClassLoader();
    }
}
