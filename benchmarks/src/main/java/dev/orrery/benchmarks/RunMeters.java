package dev.orrery.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** What the plain-{@code main} runs measure besides wall time: the process's CPU time and the heap's peak use. */
final class RunMeters {

    private RunMeters() {}

    /**
     * Return the CPU time of the whole process (GC and JIT compiler threads included): steadier than wall time on a
     * loaded machine.
     */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Forget the heap pools' peaks: {@link #peakHeapMiB()} then tells the peak from now on. */
    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Return the sum of the heap pools' peak use since the last {@link #resetPeaks()}, in MiB. */
    static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
