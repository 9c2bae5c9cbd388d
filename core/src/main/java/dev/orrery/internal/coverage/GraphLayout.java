package dev.orrery.internal.coverage;

import dev.orrery.coverage.CoverageItem;
import dev.orrery.coverage.CoverageState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each state of one scope (the top level, a Parallel branch or a Map item processor) is drawn: in rows by its
 * distance from the scope's {@code StartAt}, states no transition reaches in a last row, and an {@code End} node
 * below all of them when a state of the scope has {@code End}.
 */
final class GraphLayout {

    static final int NODE_WIDTH = 200;
    static final int NODE_HEIGHT = 46;
    static final int COLUMN = 240;
    static final int ROW = 110;
    static final int MARGIN = 30;
    static final String END = "";

    /** The centre of each state (and of {@link #END}) in the drawing. */
    final Map<String, int[]> centres = new LinkedHashMap<>();
    final int width;
    final int height;

    GraphLayout(List<CoverageState> scope, Set<CoverageItem> items) {
        Map<String, Integer> rows = rows(scope, items);
        Map<Integer, List<String>> byRow = new LinkedHashMap<>();
        int last = rows.values().stream().max(Integer::compare).orElse(0) + 1;
        scope.forEach(state -> byRow.computeIfAbsent(rows.getOrDefault(state.name(), last), r -> new ArrayList<>())
                .add(state.name()));
        boolean ends = items.stream().anyMatch(item -> item.kind() == CoverageItem.Kind.END && inScope(scope,
                item.state()));
        int endRow = byRow.keySet().stream().max(Integer::compare).orElse(0) + (ends ? 1 : 0);
        if (ends) {
            byRow.computeIfAbsent(endRow, r -> new ArrayList<>()).add(END);
        }
        int widest = byRow.values().stream().mapToInt(List::size).max().orElse(1);
        width = MARGIN * 2 + widest * COLUMN + COLUMN / 2;
        height = MARGIN * 2 + endRow * ROW + NODE_HEIGHT;
        byRow.forEach((row, names) -> {
            int offset = (widest - names.size()) * COLUMN / 2;
            for (int i = 0; i < names.size(); i++) {
                centres.put(names.get(i), new int[] {MARGIN + offset + i * COLUMN + COLUMN / 2,
                        MARGIN + row * ROW + NODE_HEIGHT / 2});
            }
        });
    }

    private static Map<String, Integer> rows(List<CoverageState> scope, Set<CoverageItem> items) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        scope.stream().filter(CoverageState::start).forEach(state -> {
            rows.put(state.name(), 0);
            queue.add(state.name());
        });
        while (!queue.isEmpty()) {
            String name = queue.poll();
            for (CoverageItem item : items) {
                if (item.state().equals(name) && item.isTransition() && !item.target().isEmpty()
                        && inScope(scope, item.target()) && !rows.containsKey(item.target())) {
                    rows.put(item.target(), rows.get(name) + 1);
                    queue.add(item.target());
                }
            }
        }
        return rows;
    }

    private static boolean inScope(List<CoverageState> scope, String name) {
        return scope.stream().anyMatch(state -> state.name().equals(name));
    }
}
