package dev.orrery.junit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds the classes whose {@link MockTask}s a test class uses, nearest first, and the mocks each declares. */
final class MockLevels {

    private MockLevels() {}

    /** Return the test class, its superclasses, then each enclosing class with its superclasses. */
    static List<Class<?>> of(Class<?> testClass) {
        List<Class<?>> levels = new ArrayList<>();
        for (Class<?> outer = testClass; outer != null; outer = outer.getEnclosingClass()) {
            for (Class<?> type = outer; type != null && type != Object.class; type = type.getSuperclass()) {
                if (!levels.contains(type)) {
                    levels.add(type);
                }
            }
        }
        return levels;
    }

    /** Return the mocks declared directly on the class, in declaration order. */
    static List<MockTask> declaredOn(Class<?> type) {
        return Arrays.asList(type.getDeclaredAnnotationsByType(MockTask.class));
    }
}
