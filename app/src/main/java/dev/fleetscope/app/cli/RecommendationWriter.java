package dev.fleetscope.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes recommendations in one of the command's output formats. */
sealed interface RecommendationWriter
    permits RecommendationJson, RecommendationTable, RecommendationCsv {
  void write(List<NamedRecommendation> recommendations, Writer out) throws IOException;

  static RecommendationWriter of(OutputFormat format) {
    return switch (format) {
      case JSON -> new RecommendationJson();
      case TABLE -> new RecommendationTable();
      case CSV -> new RecommendationCsv();
    };
  }

  enum OutputFormat {
    TABLE,
    JSON,
    CSV
  }
}
