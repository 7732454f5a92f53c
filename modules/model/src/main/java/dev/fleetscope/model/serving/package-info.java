/**
 * What model servers deliver, per model and window: request rate, errors, latency percentiles, time
 * to first token and tokens per second for LLM servers, queueing, KV-cache use, how busy the GPUs
 * were, and what it costs per hour, per 1,000 requests and per million generated tokens.
 *
 * <p>A {@link dev.fleetscope.model.serving.ServingSnapshot} holds every model seen in one window;
 * each {@link dev.fleetscope.model.serving.ModelServing} says per figure whether it is known, and
 * when not, why ({@code problems}): a figure is absent rather than wrong. Units: rates per second,
 * ratios and shares as fractions 0..1, times in seconds, money per hour in the prices' currency.
 * {@link dev.fleetscope.model.serving.BucketQuantile} is Prometheus's {@code histogram_quantile},
 * so percentiles match a Grafana panel over the same buckets.
 */
package dev.fleetscope.model.serving;
