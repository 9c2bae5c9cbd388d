package dev.orrery.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkedFifoTests {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, ChunkedFifo.MAX_CHUNK - 1, ChunkedFifo.MAX_CHUNK, ChunkedFifo.MAX_CHUNK + 1,
            5 * ChunkedFifo.MAX_CHUNK + 3})
    void returns_its_entries_in_the_order_they_were_added_across_chunks(int count) {
        // GIVEN
        ChunkedFifo<Integer> queue = new ChunkedFifo<>(8);

        // WHEN
        for (int i = 0; i < count; i++) {
            queue.add(i);
        }

        // THEN
        assertThat(queue.size()).isEqualTo(count);
        for (int i = 0; i < count; i++) {
            assertThat(queue.peekFirst()).isEqualTo(i);
            assertThat(queue.pollFirst()).isEqualTo(i);
        }
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.peekFirst()).isNull();
        assertThat(queue.pollFirst()).isNull();
    }

    @Test
    void keeps_its_order_when_adding_and_polling_interleave_across_chunk_boundaries() {
        // GIVEN
        ChunkedFifo<Integer> queue = new ChunkedFifo<>(1);
        int added = 0;
        int polled = 0;

        // WHEN
        for (int round = 0; round < 3_000; round++) {
            for (int i = 0; i < round % 7 + 1; i++) {
                queue.add(added++);
            }
            for (int i = 0; i < round % 5 && !queue.isEmpty(); i++) {
                assertThat(queue.pollFirst()).isEqualTo(polled++);
            }
        }

        // THEN
        assertThat(queue.size()).isEqualTo(added - polled);
        while (!queue.isEmpty()) {
            assertThat(queue.pollFirst()).isEqualTo(polled++);
        }
        assertThat(polled).isEqualTo(added);
        queue.add(-1);
        assertThat(queue.pollFirst()).isEqualTo(-1);
    }

    @Test
    void is_empty_after_clear_and_usable_again() {
        // GIVEN
        ChunkedFifo<String> queue = new ChunkedFifo<>(2);
        for (int i = 0; i < 10; i++) {
            queue.add("x" + i);
        }

        // WHEN
        queue.clear();

        // THEN
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.size()).isZero();
        queue.add("y");
        assertThat(queue.pollFirst()).isEqualTo("y");
    }
}
