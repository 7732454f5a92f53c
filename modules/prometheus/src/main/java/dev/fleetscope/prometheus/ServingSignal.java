package dev.fleetscope.prometheus;

/** What Fleetscope reads from a model server, and how each is aggregated over a window. */
enum ServingSignal {
  /** Requests finished, failed ones included: a counter's rate. */
  REQUESTS("request rate", Shape.RATE),
  /** Requests that succeeded, where the server counts them apart from failures (Triton). */
  SUCCESSES("successful request rate", Shape.RATE),
  FAILURES("failed request rate", Shape.RATE),
  /** Inferences, where a request may carry a batch of them (Triton). */
  INFERENCES("inference rate", Shape.RATE),
  LATENCY("latency buckets", Shape.HISTOGRAM),
  /** The latencies' sum, for the mean: a histogram's {@code _sum} or a duration counter. */
  LATENCY_SUM("latency sum", Shape.RATE),
  TIME_TO_FIRST_TOKEN("time-to-first-token buckets", Shape.HISTOGRAM),
  TIME_PER_OUTPUT_TOKEN("time-per-output-token buckets", Shape.HISTOGRAM),
  PROMPT_TOKENS("prompt token rate", Shape.RATE),
  GENERATION_TOKENS("generated token rate", Shape.RATE),
  /** Requests waiting, summed over pods and averaged over time. */
  QUEUE_LENGTH("queue length", Shape.GAUGE_SUM),
  /** Time requests waited in the queue, summed (Triton): over successes, the mean wait. */
  QUEUE_TIME_SUM("queue time sum", Shape.RATE),
  KV_CACHE("KV-cache usage", Shape.GAUGE_MEAN);

  /** How a signal's series are aggregated over the window and the model's pods. */
  enum Shape {
    /** {@code sum(rate(counter[window]))}: per second over the window. */
    RATE,
    /** {@code sum by (le) (rate(name_bucket[window]))}: bucket counts per second. */
    HISTOGRAM,
    /** The pods' sum at each gauge step, averaged over the steps. */
    GAUGE_SUM,
    /** The mean of every pod's samples at the gauge steps. */
    GAUGE_MEAN
  }

  private final String description;
  private final Shape shape;

  ServingSignal(String description, Shape shape) {
    this.description = description;
    this.shape = shape;
  }

  String description() {
    return description;
  }

  Shape shape() {
    return shape;
  }
}
