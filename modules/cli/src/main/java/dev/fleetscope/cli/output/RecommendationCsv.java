package dev.fleetscope.cli.output;

import dev.fleetscope.engine.Recommendation;
import dev.fleetscope.engine.Replay;
import dev.fleetscope.runtime.rightsizing.NamedRecommendation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One row per container, units in the headers; an empty CPU limit means none. */
final class RecommendationCsv implements RecommendationWriter {
  static final String[] HEADER = {
    "container",
    "cpu_request_cores",
    "cpu_limit_cores",
    "memory_request_bytes",
    "memory_limit_bytes",
    "cpu_over_request_share",
    "cpu_over_limit_share",
    "memory_over_limit_samples",
    "saved_cores",
    "saved_bytes",
    "savings_per_month",
    "currency",
    "confidence",
    "reason"
  };

  @Override
  public void write(List<NamedRecommendation> recommendations, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    for (NamedRecommendation named : recommendations) {
      Recommendation r = named.recommendation();
      Replay replay = r.replay();
      csv.printRecord(
          named.container(),
          r.proposed().cpuRequest(),
          r.proposed().limits().cpuBounded() ? r.proposed().cpuLimit() : "",
          r.proposed().memoryRequest(),
          r.proposed().memoryLimit(),
          replay.cpuOverRequestShare(),
          replay.cpuOverLimitShare(),
          replay.memoryOverLimitSamples(),
          replay.savings().cores(),
          replay.savings().bytes(),
          replay.savings().perMonth(),
          replay.savings().currency().getCurrencyCode(),
          r.confidence(),
          r.reason());
    }
    csv.flush();
  }
}
