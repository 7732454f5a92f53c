package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.ContainerFacts;
import dev.fleetscope.engine.Rightsizer;
import dev.fleetscope.engine.Strategy;
import dev.fleetscope.model.UnitPrices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Recommendations for every container of a samples CSV ({@code container,timestamp,cpu_cores,
 * memory_bytes}), however large: the file is partitioned by container into temporary files that
 * each fit the heap, then every container's rows are sized with the strategy. Sorted by container.
 */
public final class SampleFileRecommender {
  private SampleFileRecommender() {}

  /**
   * @param partitions how many partition files, or null to choose from the file's size and heap
   * @throws SampleFileException when a row is malformed (file, line and column named)
   * @throws IllegalArgumentException when the file is missing or a container cannot be sized
   */
  public static List<NamedRecommendation> recommend(
      Path samples, Path tempDir, Integer partitions, Strategy strategy, UnitPrices prices)
      throws IOException {
    if (!Files.isRegularFile(samples)) {
      throw new IllegalArgumentException("no such file: " + samples);
    }
    Rightsizer rightsizer = new Rightsizer(strategy);
    int parts =
        partitions != null
            ? partitions
            : SamplePartitions.partitionsFor(Files.size(samples), Runtime.getRuntime().maxMemory());
    List<NamedRecommendation> results = new ArrayList<>();
    try (SamplePartitions partitioned = SamplePartitions.write(samples, tempDir, parts)) {
      for (int p = 0; p < partitioned.partitions(); p++) {
        for (Map.Entry<String, ContainerSamples> container : partitioned.read(p).entrySet()) {
          ContainerSamples rows = container.getValue();
          try {
            results.add(
                new NamedRecommendation(
                    container.getKey(),
                    rightsizer.recommend(
                        rows.history(), ContainerFacts.of(rows.current()), prices)));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                samples.getFileName()
                    + ": container '"
                    + container.getKey()
                    + "': "
                    + e.getMessage(),
                e);
          }
        }
      }
    }
    results.sort(Comparator.comparing(NamedRecommendation::container));
    return results;
  }
}
