package startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The baseline of the start-up benchmark: one plain JUnit test, run without Orrery on the class path. */
class PlainTests {

    @Test
    void adds() {
        assertEquals(2, 1 + 1);
    }
}
