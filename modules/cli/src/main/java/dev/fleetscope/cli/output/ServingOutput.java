package dev.fleetscope.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServingCost;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.model.serving.TokenRates;
import dev.fleetscope.runtime.serving.ServingText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The formats of {@code fleetscope serving}: ratios as fractions (the table: percent), times in
 * seconds, costs in the prices' currency. JSON has exactly the fields the issue specifies; the
 * table and CSV add the mean latency, all Triton exports. A figure a model lacks is null in JSON,
 * an empty cell in CSV and {@code -} in the table, never zero; why it is missing goes to standard
 * error.
 */
public enum ServingOutput {
  TABLE {
    @Override
    public String render(ServingSnapshot snapshot, Currency currency) {
      String c = currency.getCurrencyCode();
      TextTable table =
          TextTable.aligned(
              "LLL" + "R".repeat(12),
              "MODEL",
              "SERVER",
              "CLUSTER/NAMESPACE/WORKLOAD",
              "REQ/S",
              "ERRORS (%)",
              "MEAN (s)",
              "P50 (s)",
              "P95 (s)",
              "P99 (s)",
              "TTFT P99 (s)",
              "PROMPT TOK/S",
              "GEN TOK/S",
              c + "/HOUR",
              c + "/1K REQ",
              c + "/1M GEN TOK");
      for (ModelServing m : snapshot.models()) {
        Optional<Percentiles> latency = m.latency();
        Optional<TokenRates> tokens = m.tokensPerSecond();
        Optional<ServingCost> cost = m.cost();
        table.row(
            m.model().name(),
            m.model().server().id(),
            m.model().cluster() + "/" + m.model().namespace() + "/" + workload(m).orElse("?"),
            cell(m.requestsPerSecond()),
            cell(scaled(m.errorRatio(), 100)),
            cell(m.meanLatencySeconds()),
            cell(latency.map(Percentiles::p50)),
            cell(latency.map(Percentiles::p95)),
            cell(latency.map(Percentiles::p99)),
            cell(m.timeToFirstToken().map(Percentiles::p99)),
            cell(tokens.map(TokenRates::promptPerSecond)),
            cell(tokens.map(TokenRates::generationPerSecond)),
            cell(cost.map(ServingCost::perHour)),
            cell(cost.map(ServingCost::per1kRequests).orElse(OptionalDouble.empty())),
            cell(cost.map(ServingCost::perMillionGeneratedTokens).orElse(OptionalDouble.empty())));
      }
      return String.format(
              Locale.ROOT,
              "%d models served in the %d minutes before %s; costs in %s%n",
              snapshot.models().size(),
              snapshot.window().toMinutes(),
              snapshot.end(),
              c)
          + table.render();
    }
  },
  JSON {
    @Override
    public String render(ServingSnapshot snapshot, Currency currency) {
      ObjectNode root = CostOutput.object();
      ArrayNode models = root.putArray("models");
      for (ModelServing m : snapshot.models()) {
        ObjectNode node = models.addObject();
        node.put("model", m.model().name())
            .put("server", m.model().server().id())
            .put("cluster", m.model().cluster())
            .put("namespace", m.model().namespace())
            .put("workload", workload(m).orElse(null));
        node.put("requests_per_second", exact(m.requestsPerSecond()));
        node.put("error_ratio", exact(m.errorRatio()));
        percentiles(node, "latency_seconds", m.latency());
        percentiles(node, "time_to_first_token_seconds", m.timeToFirstToken());
        if (m.tokensPerSecond().isPresent()) {
          TokenRates t = m.tokensPerSecond().get();
          node.putObject("tokens_per_second")
              .put("prompt", exact(t.promptPerSecond()))
              .put("generation", exact(t.generationPerSecond()));
        } else {
          node.putNull("tokens_per_second");
        }
        Optional<ServingCost> cost = m.cost();
        node.put("cost_per_hour", cost.map(k -> exact(k.perHour())).orElse(null));
        node.put(
            "cost_per_1k_requests",
            exact(cost.map(ServingCost::per1kRequests).orElse(OptionalDouble.empty())));
        node.put(
            "cost_per_1m_generated_tokens",
            exact(cost.map(ServingCost::perMillionGeneratedTokens).orElse(OptionalDouble.empty())));
      }
      return CostOutput.line(root);
    }
  },
  CSV {
    private static final String[] HEADER = {
      "model",
      "server",
      "cluster",
      "namespace",
      "workload",
      "requests_per_second",
      "error_ratio",
      "latency_mean_seconds",
      "latency_p50_seconds",
      "latency_p95_seconds",
      "latency_p99_seconds",
      "ttft_p50_seconds",
      "ttft_p95_seconds",
      "ttft_p99_seconds",
      "prompt_tokens_per_second",
      "generated_tokens_per_second",
      "cost_per_hour",
      "cost_per_1k_requests",
      "cost_per_1m_generated_tokens",
      "currency"
    };

    @Override
    public String render(ServingSnapshot snapshot, Currency currency) {
      StringWriter out = new StringWriter();
      try (CSVPrinter csv =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
        for (ModelServing m : snapshot.models()) {
          Optional<Percentiles> latency = m.latency();
          Optional<Percentiles> ttft = m.timeToFirstToken();
          Optional<TokenRates> tokens = m.tokensPerSecond();
          Optional<ServingCost> cost = m.cost();
          List<Object> row = new ArrayList<>();
          row.add(m.model().name());
          row.add(m.model().server().id());
          row.add(m.model().cluster());
          row.add(m.model().namespace());
          row.add(workload(m).orElse(""));
          row.add(raw(m.requestsPerSecond()));
          row.add(raw(m.errorRatio()));
          row.add(raw(m.meanLatencySeconds()));
          for (Function<Percentiles, Double> p : PERCENTILES) {
            row.add(raw(latency.map(p)));
          }
          for (Function<Percentiles, Double> p : PERCENTILES) {
            row.add(raw(ttft.map(p)));
          }
          row.add(raw(tokens.map(TokenRates::promptPerSecond)));
          row.add(raw(tokens.map(TokenRates::generationPerSecond)));
          row.add(raw(cost.map(ServingCost::perHour)));
          row.add(raw(cost.map(ServingCost::per1kRequests).orElse(OptionalDouble.empty())));
          row.add(
              raw(cost.map(ServingCost::perMillionGeneratedTokens).orElse(OptionalDouble.empty())));
          row.add(cost.map(k -> k.currency().getCurrencyCode()).orElse(""));
          csv.printRecord(row);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("a string writer does not fail", e);
      }
      return out.toString();
    }
  };

  private static final List<Function<Percentiles, Double>> PERCENTILES =
      List.of(Percentiles::p50, Percentiles::p95, Percentiles::p99);

  /** The report; {@code currency} is the prices' (the table names it in its headers). */
  public abstract String render(ServingSnapshot snapshot, Currency currency);

  private static Optional<String> workload(ModelServing m) {
    return m.model().workload().map(WorkloadRef::name);
  }

  private static void percentiles(ObjectNode node, String field, Optional<Percentiles> p) {
    if (p.isEmpty()) {
      node.putNull(field);
      return;
    }
    node.putObject(field)
        .put("p50", exact(p.get().p50()))
        .put("p95", exact(p.get().p95()))
        .put("p99", exact(p.get().p99()));
  }

  private static OptionalDouble scaled(OptionalDouble value, double factor) {
    return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * factor) : value;
  }

  private static String cell(OptionalDouble value) {
    return value.isPresent() ? ServingText.number(value.getAsDouble()) : "-";
  }

  private static String cell(Optional<Double> value) {
    return value.map(ServingText::number).orElse("-");
  }

  private static BigDecimal exact(double value) {
    return BigDecimal.valueOf(value);
  }

  private static BigDecimal exact(OptionalDouble value) {
    return value.isPresent() ? exact(value.getAsDouble()) : null;
  }

  private static String raw(OptionalDouble value) {
    return value.isPresent() ? exact(value.getAsDouble()).toPlainString() : "";
  }

  private static String raw(Optional<Double> value) {
    return value.map(d -> exact(d).toPlainString()).orElse("");
  }
}
