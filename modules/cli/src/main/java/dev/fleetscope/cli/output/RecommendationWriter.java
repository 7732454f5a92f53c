package dev.fleetscope.cli.output;

import dev.fleetscope.runtime.rightsizing.NamedRecommendation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes recommendations in one of the command's output formats. */
public sealed interface RecommendationWriter
    permits RecommendationJson, RecommendationText, RecommendationCsv {
  void write(List<NamedRecommendation> recommendations, Writer out) throws IOException;

  static RecommendationWriter of(OutputFormat format) {
    return switch (format) {
      case JSON -> new RecommendationJson();
      case TABLE -> new RecommendationText();
      case CSV -> new RecommendationCsv();
    };
  }

  enum OutputFormat {
    TABLE,
    JSON,
    CSV
  }
}
