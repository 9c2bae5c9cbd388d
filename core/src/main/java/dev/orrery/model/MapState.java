package dev.orrery.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code Map} state, inline or distributed.
 *
 * <p>The legacy {@code Iterator} is read into {@link #itemProcessor()} (with {@link #legacyIterator()} set), and the
 * legacy {@code Parameters} stays in {@link InputOutput#parameters()}, as AWS treats it as the item selector.
 *
 * @param name the state name
 * @param comment the {@code Comment}, or {@code null}
 * @param queryLanguage the effective query language
 * @param io input and output processing
 * @param itemProcessor the {@code ItemProcessor} (or {@code Iterator}) graph, never {@code null}
 * @param processorConfig the {@code ProcessorConfig}, {@link ProcessorConfig#INLINE} when absent
 * @param legacyIterator whether the definition used {@code Iterator} rather than {@code ItemProcessor}
 * @param itemsPath JSONPath {@code ItemsPath}, effective value ({@code "$"} when absent)
 * @param items JSONata {@code Items}, or {@code null}
 * @param itemSelector {@code ItemSelector}, or {@code null}
 * @param maxConcurrency {@code MaxConcurrency}: a number, or a JSONata string; {@code null} when absent
 * @param maxConcurrencyPath {@code MaxConcurrencyPath}, or {@code null}
 * @param itemReader {@code ItemReader}, or {@code null}
 * @param itemBatcher {@code ItemBatcher}, or {@code null}
 * @param resultWriter {@code ResultWriter}, or {@code null}
 * @param toleratedFailure the {@code ToleratedFailure*} fields
 * @param label the {@code Label}, or {@code null}
 * @param errorHandling {@code Retry} and {@code Catch}
 * @param transition {@code Next} or {@code End}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MapState(
        String name,
        @Nullable String comment,
        QueryLanguage queryLanguage,
        InputOutput io,
        Branch itemProcessor,
        ProcessorConfig processorConfig,
        boolean legacyIterator,
        @Nullable String itemsPath,
        @Nullable JsonNode items,
        @Nullable JsonNode itemSelector,
        @Nullable JsonNode maxConcurrency,
        @Nullable String maxConcurrencyPath,
        @Nullable ItemReader itemReader,
        @Nullable ItemBatcher itemBatcher,
        @Nullable ResultWriter resultWriter,
        ToleratedFailure toleratedFailure,
        @Nullable String label,
        ErrorHandling errorHandling,
        Transition transition)
        implements State {

    @Override
    public StateType type() {
        return StateType.MAP;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitMap(this);
    }
}
