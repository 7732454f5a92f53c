package dev.fleetscope.prometheus;

import java.util.Map;

/** Receives a query result one series at a time, while the response is still streaming in. */
@FunctionalInterface
public interface SeriesHandler {
  /**
   * @param labels the series' labels ({@code __name__} included when the query kept it); empty for
   *     a scalar
   * @param samples its samples, oldest first; valid only during this call
   */
  void accept(Map<String, String> labels, Samples samples);
}
