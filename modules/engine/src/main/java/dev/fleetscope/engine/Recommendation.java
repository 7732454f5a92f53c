package dev.fleetscope.engine;

import dev.fleetscope.engine.gpu.GpuAdvice;
import java.util.Optional;

/**
 * A proposal for one container with the proof a person needs before applying it: what it would have
 * done to the history, how much history it rests on, and why.
 *
 * @param strategy the strategy's name
 * @param current the requests and limits the container has now
 * @param proposed the requests and limits proposed (plain cores and bytes, not yet rounded to
 *     quantities)
 * @param confidence 0..1, see {@link Confidence}
 * @param reason one line a person understands
 * @param gpu advice on its GPUs, when it has any
 */
public record Recommendation(
    String strategy,
    Sizing current,
    Sizing proposed,
    Replay replay,
    double confidence,
    String reason,
    Optional<GpuAdvice> gpu) {}
