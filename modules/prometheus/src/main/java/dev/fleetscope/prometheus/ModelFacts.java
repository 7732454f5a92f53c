package dev.fleetscope.prometheus;

import dev.fleetscope.model.serving.BucketQuantile.Bucket;
import dev.fleetscope.model.serving.ServedModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What the queries answered for one model: a number per signal (per {@code le} for histograms), or
 * why a signal is unreadable. A value that is not a finite, non-negative number makes its whole
 * signal unreadable, so no figure is computed from part of it.
 */
final class ModelFacts {
  private final ServedModel model;
  private final ServerMetrics server;
  private final Map<ServingSignal, Double> values = new EnumMap<>(ServingSignal.class);
  private final Map<ServingSignal, List<Bucket>> buckets = new EnumMap<>(ServingSignal.class);
  private final Set<ServingSignal> unreadable = EnumSet.noneOf(ServingSignal.class);
  private final List<String> problems = new ArrayList<>();

  ModelFacts(ServedModel model, ServerMetrics server) {
    this.model = model;
    this.server = server;
  }

  ServedModel model() {
    return model;
  }

  ServerMetrics server() {
    return server;
  }

  void add(ServingSignal signal, Row row) {
    if (unreadable.contains(signal)) {
      return;
    }
    double value = row.value();
    if (!Double.isFinite(value) || value < 0) {
      unreadable(signal, "is " + number(value) + " for this model");
      return;
    }
    if (signal.shape() != ServingSignal.Shape.HISTOGRAM) {
      values.put(signal, value);
      return;
    }
    String le = row.label("le");
    OptionalDouble bound = upperBound(le);
    if (bound.isEmpty()) {
      problem(
          "a "
              + names(signal, "_bucket")
              + " series has le=\""
              + le
              + "\", not a number: left out, as Prometheus does");
      return;
    }
    buckets
        .computeIfAbsent(signal, s -> new ArrayList<>())
        .add(new Bucket(bound.getAsDouble(), value));
  }

  OptionalDouble value(ServingSignal signal) {
    Double v = values.get(signal);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  List<Bucket> buckets(ServingSignal signal) {
    return buckets.getOrDefault(signal, List.of());
  }

  boolean has(ServingSignal signal) {
    return values.containsKey(signal) || buckets.containsKey(signal);
  }

  boolean unreadable(ServingSignal signal) {
    return unreadable.contains(signal);
  }

  List<String> problems() {
    return problems;
  }

  void problem(String text) {
    problems.add(text);
  }

  /** The signal's metric names, as a user would look them up. */
  String names(ServingSignal signal, String suffix) {
    return server.sources().get(signal).names(suffix);
  }

  private void unreadable(ServingSignal signal, String what) {
    unreadable.add(signal);
    values.remove(signal);
    buckets.remove(signal);
    String suffix = signal.shape() == ServingSignal.Shape.HISTOGRAM ? "_bucket" : "";
    problem("no " + signal.description() + ": " + names(signal, suffix) + " " + what);
  }

  /** Prometheus's {@code le} values: {@code +Inf} as Go writes it, or a float. */
  static OptionalDouble upperBound(String le) {
    return switch (le) {
      case "+Inf", "Inf", "inf", "+inf" -> OptionalDouble.of(Double.POSITIVE_INFINITY);
      case "-Inf", "-inf" -> OptionalDouble.of(Double.NEGATIVE_INFINITY);
      default -> {
        try {
          double v = Double.parseDouble(le);
          yield Double.isNaN(v) || le.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(v);
        } catch (NumberFormatException e) {
          yield OptionalDouble.empty();
        }
      }
    };
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%s", value);
  }
}
