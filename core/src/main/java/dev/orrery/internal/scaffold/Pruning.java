package dev.orrery.internal.scaffold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Drops a kept case when the other cases reach everything it reaches, last cases first; the first path stays. */
final class Pruning {

    private Pruning() {}

    static List<Found> prune(List<Found> found) {
        List<Found> kept = new ArrayList<>(found);
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (kept.get(i).claim().isFirstPath()) {
                continue;
            }
            Set<Target> others = new HashSet<>();
            for (int j = 0; j < kept.size(); j++) {
                if (j != i) {
                    others.addAll(kept.get(j).reach().covered());
                }
            }
            if (others.containsAll(kept.get(i).reach().covered())) {
                kept.remove(i);
            }
        }
        return List.copyOf(kept);
    }
}
