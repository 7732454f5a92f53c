package dev.fleetscope.model.serving;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One model's serving over a window. Every figure is optional: a server that does not export it, or
 * exports it unreadably, leaves it empty and says why in {@code problems} — never a guess.
 *
 * @param requestsPerSecond requests finished per second, failed ones included
 * @param errorRatio failed requests as a fraction of all requests, 0..1
 * @param latency end-to-end request latency percentiles, seconds
 * @param meanLatencySeconds mean end-to-end latency (Triton exports only this)
 * @param timeToFirstToken time to first token (Triton: to first response) percentiles, seconds
 * @param timePerOutputToken time per output token (inter-token latency) percentiles, seconds
 * @param tokensPerSecond prompt and generated tokens per second, for servers that count tokens
 * @param inferencesPerSecond inferences per second where a request may carry a batch (Triton)
 * @param queueLength requests waiting to be scheduled, averaged over the window, all pods summed
 * @param meanQueueSeconds mean time a request waited in the server's queue (Triton)
 * @param kvCacheUsage share of the KV-cache in use (vLLM), averaged over time and pods, 0..1
 * @param gpuBusyShare how busy the GPUs its pods hold were (DCGM), averaged over time and GPUs,
 *     0..1
 * @param cost what the pods' requests cost, per hour and per unit of work
 * @param problems what was missing or unreadable, one sentence each
 */
public record ModelServing(
    ServedModel model,
    OptionalDouble requestsPerSecond,
    OptionalDouble errorRatio,
    Optional<Percentiles> latency,
    OptionalDouble meanLatencySeconds,
    Optional<Percentiles> timeToFirstToken,
    Optional<Percentiles> timePerOutputToken,
    Optional<TokenRates> tokensPerSecond,
    OptionalDouble inferencesPerSecond,
    OptionalDouble queueLength,
    OptionalDouble meanQueueSeconds,
    OptionalDouble kvCacheUsage,
    OptionalDouble gpuBusyShare,
    Optional<ServingCost> cost,
    List<String> problems) {

  public ModelServing {
    Objects.requireNonNull(model, "model");
    problems = List.copyOf(problems);
    requireFraction(errorRatio, "an error ratio");
    requireFraction(kvCacheUsage, "a KV-cache usage");
    requireFraction(gpuBusyShare, "a GPU busy share");
  }

  private static void requireFraction(OptionalDouble value, String what) {
    if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 1)) {
      throw new IllegalArgumentException(what + " is between 0 and 1, was " + value.getAsDouble());
    }
  }
}
