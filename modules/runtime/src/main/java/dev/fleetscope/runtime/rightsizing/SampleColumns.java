package dev.fleetscope.runtime.rightsizing;

import java.nio.file.Path;
import java.util.List;

/**
 * The columns of a samples file: {@code container,timestamp,cpu_cores,memory_bytes} in any order,
 * optionally {@code cpu_request,memory_request,cpu_limit,memory_limit}. Anything else is refused,
 * so that a misspelt request column cannot silently turn into "no request".
 */
public record SampleColumns(
    int container, int timestamp, int cpu, int memory, int[] resources, List<String> names) {
  static final List<String> REQUIRED =
      List.of("container", "timestamp", "cpu_cores", "memory_bytes");

  /** In the order {@link ContainerSamples} keeps them. */
  public static final List<String> RESOURCES =
      List.of("cpu_request", "memory_request", "cpu_limit", "memory_limit");

  static SampleColumns of(Path file, List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (!REQUIRED.contains(name) && !RESOURCES.contains(name)) {
        throw new SampleFileException(
            file,
            1,
            i + 1,
            name,
            "unknown column; columns are "
                + String.join(",", REQUIRED)
                + " and optionally "
                + String.join(",", RESOURCES));
      }
      if (header.indexOf(name) != i) {
        throw new SampleFileException(file, 1, i + 1, name, "column appears twice");
      }
    }
    for (String name : REQUIRED) {
      if (!header.contains(name)) {
        throw new SampleFileException(
            file,
            1,
            "missing column '" + name + "' (the header has " + String.join(",", header) + ")");
      }
    }
    int[] resources = RESOURCES.stream().mapToInt(header::indexOf).toArray();
    return new SampleColumns(
        header.indexOf("container"),
        header.indexOf("timestamp"),
        header.indexOf("cpu_cores"),
        header.indexOf("memory_bytes"),
        resources,
        List.copyOf(header));
  }
}
