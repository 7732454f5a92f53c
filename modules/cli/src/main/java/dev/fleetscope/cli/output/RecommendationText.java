package dev.fleetscope.cli.output;

import dev.fleetscope.engine.Recommendation;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.rightsizing.NamedRecommendation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table for people: current to proposed with units in every cell, risk, savings,
 * reason.
 */
final class RecommendationText implements RecommendationWriter {
  private static final String[] HEADER = {
    "CONTAINER",
    "CPU REQUEST",
    "CPU LIMIT",
    "MEMORY REQUEST",
    "MEMORY LIMIT",
    "CPU > REQUEST",
    "OOM KILLS",
    "SAVES",
    "CONFIDENCE",
    "REASON"
  };

  @Override
  public void write(List<NamedRecommendation> recommendations, Writer out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    double total = 0;
    String currency = null;
    for (NamedRecommendation named : recommendations) {
      Recommendation r = named.recommendation();
      Sizing now = r.current();
      Sizing next = r.proposed();
      var savings = r.replay().savings();
      total += savings.perMonth();
      currency = savings.currency().getCurrencyCode();
      rows.add(
          new String[] {
            named.container(),
            change(Units.cores(now.cpuRequest()), Units.cores(next.cpuRequest())),
            change(Units.cores(now.cpuLimit()), Units.cores(next.cpuLimit())),
            change(Units.bytes(now.memoryRequest()), Units.bytes(next.memoryRequest())),
            change(Units.bytes(now.memoryLimit()), Units.bytes(next.memoryLimit())),
            Units.percent(r.replay().cpuOverRequestShare()) + " of samples",
            Long.toString(r.replay().memoryOverLimitSamples()),
            Units.money(savings.perMonth(), savings.currency(), "month"),
            String.format(Locale.ROOT, "%.2f", r.confidence()),
            r.reason()
          });
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(
            c == row.length - 1
                ? row[c]
                : String.format(Locale.ROOT, "%-" + widths[c] + "s  ", row[c]));
      }
      out.write(line.toString().stripTrailing() + System.lineSeparator());
    }
    if (currency != null) {
      out.write(
          recommendations.size()
              + " containers, saving "
              + Units.money(total, java.util.Currency.getInstance(currency), "month")
              + System.lineSeparator());
    }
  }

  private static String change(String from, String to) {
    return from.equals(to) ? to : from + " -> " + to;
  }
}
