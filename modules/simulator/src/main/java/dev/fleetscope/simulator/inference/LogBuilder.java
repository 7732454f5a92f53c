package dev.fleetscope.simulator.inference;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Collects requests column by column in growable primitive arrays, then hands them over as an
 * {@link InferenceLog}.
 */
final class LogBuilder {
  private int size;
  private long[] seconds;
  private double[] latency;
  private double[] basket;
  private double[] items;
  private double[] accountAge;
  private String[] country;
  private String[] device;
  private double[] score;
  private String[] prediction;

  LogBuilder(int expectedRows) {
    int n = Math.max(16, expectedRows);
    seconds = new long[n];
    latency = new double[n];
    basket = new double[n];
    items = new double[n];
    accountAge = new double[n];
    country = new String[n];
    device = new String[n];
    score = new double[n];
    prediction = new String[n];
  }

  void add(Request r) {
    if (size == seconds.length) {
      grow();
    }
    seconds[size] = r.epochSecond();
    latency[size] = r.latencyMs();
    basket[size] = r.basketValue();
    items[size] = r.items();
    accountAge[size] = r.accountAgeDays();
    country[size] = r.country();
    device[size] = r.device();
    score[size] = r.score();
    prediction[size] = r.prediction();
    size++;
  }

  InferenceLog build(String model, Instant start, Instant end) {
    int n = size;
    return new InferenceLog(
        model,
        start,
        end,
        Arrays.copyOf(seconds, n),
        List.of(
            new LogColumn.Numbers("request_latency_ms", Arrays.copyOf(latency, n)),
            new LogColumn.Numbers("basket_value_eur", Arrays.copyOf(basket, n)),
            new LogColumn.Numbers("items_in_basket", Arrays.copyOf(items, n)),
            new LogColumn.Numbers("account_age_days", Arrays.copyOf(accountAge, n)),
            new LogColumn.Labels("country", Arrays.copyOf(country, n)),
            new LogColumn.Labels("device", Arrays.copyOf(device, n)),
            new LogColumn.Numbers("score", Arrays.copyOf(score, n)),
            new LogColumn.Labels("prediction", Arrays.copyOf(prediction, n))));
  }

  private void grow() {
    int n = seconds.length * 2;
    seconds = Arrays.copyOf(seconds, n);
    latency = Arrays.copyOf(latency, n);
    basket = Arrays.copyOf(basket, n);
    items = Arrays.copyOf(items, n);
    accountAge = Arrays.copyOf(accountAge, n);
    country = Arrays.copyOf(country, n);
    device = Arrays.copyOf(device, n);
    score = Arrays.copyOf(score, n);
    prediction = Arrays.copyOf(prediction, n);
  }
}
