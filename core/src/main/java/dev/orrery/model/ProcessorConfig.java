package dev.orrery.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A Map state's {@code ItemProcessor.ProcessorConfig}.
 *
 * @param mode {@code INLINE} (default) or {@code DISTRIBUTED}
 * @param executionType {@code STANDARD} or {@code EXPRESS} for distributed maps, else {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProcessorConfig(Mode mode, @Nullable ExecutionType executionType) {

    /** The configuration of a Map state that declares none. */
    public static final ProcessorConfig INLINE = new ProcessorConfig(Mode.INLINE, null);

    /** The processing mode of a Map state. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Mode {
        /** Iterations run inside the parent execution. */
        INLINE,
        /** Iterations run as child executions of a Map Run. */
        DISTRIBUTED
    }

    /** The kind of child execution of a distributed Map. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum ExecutionType {
        /** Standard child workflows. */
        STANDARD,
        /** Express child workflows. */
        EXPRESS
    }
}
