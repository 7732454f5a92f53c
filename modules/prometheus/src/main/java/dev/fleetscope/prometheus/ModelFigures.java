package dev.fleetscope.prometheus;

import static dev.fleetscope.prometheus.ServingSignal.*;

import dev.fleetscope.model.serving.BucketQuantile;
import dev.fleetscope.model.serving.BucketQuantile.Bucket;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServingCost;
import dev.fleetscope.model.serving.TokenRates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a model's facts into its figures, and says for each figure the server should have given but
 * did not, which metric was missing or what was wrong with it. Rates stay per second; times are
 * scaled to seconds with their source's scale.
 */
final class ModelFigures {
  /** Failures may exceed requests by float noise, never by more. */
  private static final double TOLERANCE = 1e-9;

  private final ModelFacts facts;
  private final List<String> problems = new ArrayList<>();
  private final OptionalDouble requests;
  private final OptionalDouble errors;
  private final Optional<Percentiles> latency;
  private final OptionalDouble meanLatency;
  private final Optional<Percentiles> ttft;
  private final Optional<Percentiles> tpot;
  private final Optional<TokenRates> tokens;
  private final OptionalDouble inferences;
  private final OptionalDouble queue;
  private final OptionalDouble queueSeconds;
  private final OptionalDouble kvCache;

  ModelFigures(ModelFacts facts) {
    this.facts = facts;
    requests = requests();
    errors = errorRatio(requests);
    latency = percentiles(LATENCY);
    meanLatency = meanLatency();
    ttft = percentiles(TIME_TO_FIRST_TOKEN);
    tpot = percentiles(TIME_PER_OUTPUT_TOKEN);
    tokens = tokens();
    inferences = expected(INFERENCES);
    queue = expected(QUEUE_LENGTH);
    queueSeconds = perSuccess(QUEUE_TIME_SUM);
    kvCache = fraction(KV_CACHE);
  }

  /** Requests finished per second. */
  OptionalDouble requestsPerSecond() {
    return requests;
  }

  /** Generated tokens per second, when the server counts them. */
  OptionalDouble generatedTokensPerSecond() {
    return tokens.isPresent()
        ? OptionalDouble.of(tokens.get().generationPerSecond())
        : OptionalDouble.empty();
  }

  /** The figures, with the model's cost, its GPUs' busy share and what else was missing. */
  ModelServing serving(Optional<ServingCost> cost, OptionalDouble gpuBusy, List<String> more) {
    List<String> all = new ArrayList<>(facts.problems());
    all.addAll(problems);
    all.addAll(facts.server().gaps());
    all.addAll(more);
    return new ModelServing(
        facts.model(),
        requests,
        errors,
        latency,
        meanLatency,
        ttft,
        tpot,
        tokens,
        inferences,
        queue,
        queueSeconds,
        kvCache,
        gpuBusy,
        cost,
        all);
  }

  /** The server's total, or successes plus failures (Triton). */
  private OptionalDouble requests() {
    if (facts.server().sources().containsKey(REQUESTS)) {
      return expected(REQUESTS);
    }
    OptionalDouble successes = expected(SUCCESSES);
    return successes.isPresent()
        ? OptionalDouble.of(successes.getAsDouble() + failures())
        : OptionalDouble.empty();
  }

  private OptionalDouble errorRatio(OptionalDouble requests) {
    if (requests.isEmpty()) {
      return OptionalDouble.empty();
    }
    double total = requests.getAsDouble();
    double failed = failures();
    if (total == 0) {
      problems.add("no error ratio: no request finished in the window");
      return OptionalDouble.empty();
    }
    if (failed > total * (1 + TOLERANCE)) {
      problems.add(
          String.format(
              Locale.ROOT,
              "no error ratio: %s counts %.6g failures per second, more than the %.6g requests",
              facts.names(FAILURES, ""),
              failed,
              total));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1, failed / total));
  }

  /**
   * Failures per second; a failure counter without series counts none, since servers create it on
   * their first failure.
   */
  private double failures() {
    return facts.value(FAILURES).orElse(0);
  }

  private Optional<Percentiles> percentiles(ServingSignal signal) {
    if (!facts.has(signal)) {
      missing(signal);
      return Optional.empty();
    }
    List<Bucket> buckets = facts.buckets(signal);
    Optional<String> why = BucketQuantile.whyUndefined(buckets);
    if (why.isPresent()) {
      problems.add(
          "no " + percentilesOf(signal) + ": " + facts.names(signal, "_bucket") + " " + why.get());
      return Optional.empty();
    }
    if (BucketQuantile.forcesMonotonicity(buckets)) {
      problems.add(
          facts.names(signal, "_bucket")
              + " counts decrease from one bucket to the next: raised as Prometheus does, so its"
              + " percentiles are approximate");
    }
    return BucketQuantile.percentiles(buckets).map(p -> p.times(scale(signal)));
  }

  /** The mean latency: the latencies' sum over the histogram's count, or over successes. */
  private OptionalDouble meanLatency() {
    if (!facts.server().sources().containsKey(LATENCY)) {
      return perSuccess(LATENCY_SUM);
    }
    OptionalDouble sum = expected(LATENCY_SUM);
    OptionalDouble count =
        facts.buckets(LATENCY).stream()
            .filter(b -> b.upperBound() == Double.POSITIVE_INFINITY)
            .mapToDouble(Bucket::count)
            .reduce(Double::sum);
    if (sum.isEmpty() || count.isEmpty() || count.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sum.getAsDouble() / count.getAsDouble() * scale(LATENCY_SUM));
  }

  /** A duration counter's rate over the rate of successes: the mean per successful request. */
  private OptionalDouble perSuccess(ServingSignal sum) {
    OptionalDouble total = expected(sum);
    OptionalDouble successes = facts.value(SUCCESSES);
    if (total.isEmpty() || successes.isEmpty() || successes.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(total.getAsDouble() / successes.getAsDouble() * scale(sum));
  }

  private Optional<TokenRates> tokens() {
    OptionalDouble prompt = expected(PROMPT_TOKENS);
    OptionalDouble generated = expected(GENERATION_TOKENS);
    return prompt.isPresent() && generated.isPresent()
        ? Optional.of(new TokenRates(prompt.getAsDouble(), generated.getAsDouble()))
        : Optional.empty();
  }

  private OptionalDouble fraction(ServingSignal signal) {
    OptionalDouble value = expected(signal);
    if (value.isPresent() && value.getAsDouble() > 1 + TOLERANCE) {
      problems.add(
          String.format(
              Locale.ROOT,
              "no %s: %s averages %.4g, not a fraction between 0 and 1",
              signal.description(),
              facts.names(signal, ""),
              value.getAsDouble()));
      return OptionalDouble.empty();
    }
    return value.isPresent() ? OptionalDouble.of(Math.min(1, value.getAsDouble())) : value;
  }

  /** The signal's value; when the server should have it and it is missing, says so. */
  private OptionalDouble expected(ServingSignal signal) {
    OptionalDouble value = facts.value(signal);
    if (value.isEmpty()) {
      missing(signal);
    }
    return value;
  }

  private void missing(ServingSignal signal) {
    MetricSource source = facts.server().sources().get(signal);
    if (source == null || source.optional() || facts.unreadable(signal)) {
      return;
    }
    String suffix = signal.shape() == ServingSignal.Shape.HISTOGRAM ? "_bucket" : "";
    String what =
        signal.shape() == ServingSignal.Shape.HISTOGRAM
            ? percentilesOf(signal)
            : signal.description();
    problems.add(
        "no " + what + ": " + source.names(suffix) + " has no series for this model in the window");
  }

  private double scale(ServingSignal signal) {
    return facts.server().sources().get(signal).scale();
  }

  private static String percentilesOf(ServingSignal signal) {
    return switch (signal) {
      case LATENCY -> "latency percentiles";
      case TIME_TO_FIRST_TOKEN -> "time-to-first-token percentiles";
      case TIME_PER_OUTPUT_TOKEN -> "time-per-output-token percentiles";
      default -> signal.description();
    };
  }
}
