package dev.orrery.internal.scaffold;

import dev.orrery.model.MapState;
import dev.orrery.model.ParallelState;
import dev.orrery.model.QueryLanguage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a Map state's first item, or a Parallel branch's input, lies in the state's raw input: {@code InputPath},
 * then {@code ItemsPath} (or a JSONata {@code Items} that is a {@code $states.input} field), then index 0. A Map with
 * an {@code ItemSelector}, an {@code ItemReader} or other {@code Items}, and a Parallel state with
 * {@code Parameters} or {@code Arguments}, have none.
 */
final class Items {

    private Items() {}

    static @Nullable DataPath path(MapState map) {
        if (map.itemSelector() != null || map.io().parameters() != null) {
            return null;
        }
        return array(map);
    }

    /**
     * Return where a Map state's first item lies in its raw input whatever its {@code ItemSelector} makes of it, or
     * {@code null}.
     */
    static @Nullable DataPath array(MapState map) {
        if (map.itemReader() != null) {
            return null;
        }
        DataPath items;
        if (map.queryLanguage() == QueryLanguage.JSONATA) {
            if (map.items() == null) {
                items = DataPath.ROOT;
            } else {
                items = JsonataReferences.whole(map.items(), "input");
            }
        } else {
            DataPath inputPath = DataPath.parse(map.io().inputPath());
            DataPath itemsPath = DataPath.parse(map.itemsPath());
            items = inputPath == null || itemsPath == null ? null : itemsPath.under(inputPath);
        }
        return items == null ? null : new DataPath(List.of(0)).under(items);
    }

    static @Nullable DataPath branchInput(ParallelState parallel) {
        if (parallel.io().parameters() != null || parallel.io().arguments() != null) {
            return null;
        }
        return parallel.queryLanguage() == QueryLanguage.JSONATA ? DataPath.ROOT
                : DataPath.parse(parallel.io().inputPath());
    }
}
