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
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Recommendations for every container of a samples CSV ({@code container,timestamp,cpu_cores,
 * memory_bytes}), however large. A file whose rows fit in the heap is read on all cores straight
 * from its bytes ({@link ParallelSampleReader}); a larger one, or one the fast reader does not
 * take, is partitioned by container into temporary files that each fit the heap. Either way every
 * container's rows are sized with the strategy, and the results sorted by container are the same.
 */
public final class SampleFileRecommender {
  /**
   * Heap a row takes once read (time, CPU, memory: 24 bytes, up to half again while its arrays
   * grow), against the CSV bytes it came from (about 60 in an export): the fast path needs about
   * this share of the file's size.
   */
  private static final double HEAP_PER_CSV_BYTE = 0.75;

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
    long maxHeap = Runtime.getRuntime().maxMemory();
    int parts =
        partitions != null
            ? partitions
            : SamplePartitions.partitionsFor(Files.size(samples), maxHeap);
    Optional<List<ParallelSampleReader.Container>> inMemory =
        partitions == null && Files.size(samples) * HEAP_PER_CSV_BYTE < maxHeap / 2
            ? ParallelSampleReader.read(samples, Runtime.getRuntime().availableProcessors())
            : Optional.empty();
    List<NamedRecommendation> results =
        inMemory.isPresent()
            ? recommendAll(samples, inMemory.get(), parts, rightsizer, prices)
            : recommendPartitioned(samples, tempDir, parts, rightsizer, prices);
    results.sort(Comparator.comparing(NamedRecommendation::container));
    return results;
  }

  /**
   * Every container on all cores. A container that cannot be sized fails the whole file, the same
   * one the partitioned path would name first: in partition order ({@code id % parts}), then first
   * seen.
   */
  private static List<NamedRecommendation> recommendAll(
      Path samples,
      List<ParallelSampleReader.Container> containers,
      int parts,
      Rightsizer rightsizer,
      UnitPrices prices) {
    Object[] outcomes =
        IntStream.range(0, containers.size())
            .parallel()
            .mapToObj(
                id -> {
                  ParallelSampleReader.Container c = containers.get(id);
                  try {
                    return recommend(samples, c.name(), c.rows(), rightsizer, prices);
                  } catch (IllegalArgumentException e) {
                    return e;
                  }
                })
            .toArray();
    IntStream.range(0, outcomes.length)
        .boxed()
        .sorted(Comparator.comparing((Integer id) -> id % parts).thenComparing(id -> id))
        .filter(id -> outcomes[id] instanceof IllegalArgumentException)
        .findFirst()
        .ifPresent(
            id -> {
              throw (IllegalArgumentException) outcomes[id];
            });
    List<NamedRecommendation> results = new ArrayList<>();
    for (Object outcome : outcomes) {
      results.add((NamedRecommendation) outcome);
    }
    return results;
  }

  private static List<NamedRecommendation> recommendPartitioned(
      Path samples, Path tempDir, int parts, Rightsizer rightsizer, UnitPrices prices)
      throws IOException {
    List<NamedRecommendation> results = new ArrayList<>();
    try (SamplePartitions partitioned = SamplePartitions.write(samples, tempDir, parts)) {
      for (int p = 0; p < partitioned.partitions(); p++) {
        for (Map.Entry<String, ContainerSamples> container : partitioned.read(p).entrySet()) {
          results.add(
              recommend(samples, container.getKey(), container.getValue(), rightsizer, prices));
        }
      }
    }
    return results;
  }

  private static NamedRecommendation recommend(
      Path samples,
      String container,
      ContainerSamples rows,
      Rightsizer rightsizer,
      UnitPrices prices) {
    try {
      return new NamedRecommendation(
          container,
          rightsizer.recommend(rows.history(), ContainerFacts.of(rows.current()), prices));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          samples.getFileName() + ": container '" + container + "': " + e.getMessage(), e);
    }
  }
}
