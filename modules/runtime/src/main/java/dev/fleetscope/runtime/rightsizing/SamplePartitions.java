package dev.fleetscope.runtime.rightsizing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How a samples file larger than the heap is read with its rows in any order: one pass checks every
 * row and appends it, as a fixed-size binary record, to one of several temporary partition files
 * chosen by its container; then each partition in turn is small enough to load and group by
 * container. Only the container ids stay in memory throughout. The temporary files are deleted on
 * {@link #close()}.
 */
public final class SamplePartitions implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final Path directory;
  private final List<String> ids;
  private final int partitions;

  private SamplePartitions(Path directory, List<String> ids, int partitions) {
    this.directory = directory;
    this.ids = ids;
    this.partitions = partitions;
  }

  /**
   * Enough partitions that one holds about an eighth of the heap in records (60 bytes each, from
   * 40-80 CSV bytes).
   */
  public static int partitionsFor(long csvBytes, long maxHeap) {
    return Math.clamp(Math.ceilDiv(csvBytes, Math.max(1, maxHeap / 8)), 1, 512);
  }

  public static SamplePartitions write(Path csv, Path tempParent, int partitions)
      throws IOException {
    Path directory = Files.createTempDirectory(tempParent, "fleetscope-samples-");
    DataOutputStream[] outputs = new DataOutputStream[partitions];
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>();
    try {
      for (int p = 0; p < partitions; p++) {
        outputs[p] =
            new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file(directory, p)), BUFFER));
      }
      SampleCsvReader.read(
          csv,
          (container, timestamp, cpu, memory, resources) -> {
            int id =
                index.computeIfAbsent(
                    container,
                    c -> {
                      ids.add(c);
                      return ids.size() - 1;
                    });
            DataOutputStream out = outputs[id % partitions];
            out.writeInt(id);
            out.writeLong(timestamp);
            out.writeDouble(cpu);
            out.writeDouble(memory);
            for (double r : resources) {
              out.writeDouble(r);
            }
          });
      for (DataOutputStream out : outputs) {
        out.close();
      }
      return new SamplePartitions(directory, ids, partitions);
    } catch (IOException | RuntimeException e) {
      for (DataOutputStream out : outputs) {
        closeQuietly(out);
      }
      delete(directory);
      throw e;
    }
  }

  int containers() {
    return ids.size();
  }

  /** The containers of one partition with all their rows, in first-seen order. */
  public Map<String, ContainerSamples> read(int partition) throws IOException {
    Map<Integer, ContainerSamples> byId = new LinkedHashMap<>();
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(Files.newInputStream(file(directory, partition)), BUFFER))) {
      double[] resources = new double[SampleColumns.RESOURCES.size()];
      while (true) {
        int id;
        try {
          id = in.readInt();
        } catch (EOFException end) {
          break;
        }
        long timestamp = in.readLong();
        double cpu = in.readDouble();
        double memory = in.readDouble();
        for (int i = 0; i < resources.length; i++) {
          resources[i] = in.readDouble();
        }
        byId.computeIfAbsent(id, k -> new ContainerSamples())
            .add(timestamp, cpu, memory, resources);
      }
    }
    Map<String, ContainerSamples> byName = new LinkedHashMap<>();
    byId.forEach((id, samples) -> byName.put(ids.get(id), samples));
    return byName;
  }

  public int partitions() {
    return partitions;
  }

  @Override
  public void close() {
    delete(directory);
  }

  private static Path file(Path directory, int partition) {
    return directory.resolve("part-" + partition + ".bin");
  }

  private static void closeQuietly(DataOutputStream out) {
    if (out != null) {
      try {
        out.close();
      } catch (IOException ignored) {
        // the directory is deleted next; nothing of it is kept
      }
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is the operating system's to clean
    }
  }
}
