package dev.fleetscope.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenMetricsHistoryTest {
  static Simulator simulator;
  static SimWorkload leaky;
  static List<String> lines;

  @BeforeAll
  static void writeHistory() throws Exception {
    simulator =
        new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(DemoFleetTest.NOW, ZoneOffset.UTC));
    leaky =
        simulator
            .fleet()
            .workloads()
            .filter(w -> "memory-leak".equals(w.labels().get("workload-type")))
            .findFirst()
            .orElseThrow();
    StringWriter out = new StringWriter();
    new OpenMetricsHistory(simulator, ref -> ref.equals(leaky.ref()), Duration.ofMinutes(5))
        .write(out);
    lines = out.toString().lines().toList();
  }

  @Test
  void writesEachFamilyOnceAndContiguouslyAndEndsWithEof() {
    assertEquals("# EOF", lines.getLast());
    List<String> order = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("#")) {
        String family = line.substring(0, line.indexOf('{')).replace("_total", "");
        if (order.isEmpty() || !order.getLast().equals(family)) {
          order.add(family);
        }
      }
    }
    assertEquals(
        new ArrayList<>(new LinkedHashSet<>(order)), order, "families interleave: " + order);
    assertTrue(order.contains("container_cpu_usage_seconds") && order.contains("kube_pod_owner"));
    assertTrue(lines.contains("# TYPE container_cpu_usage_seconds counter"));
  }

  @Test
  void memoryIsEachStepsPeakAndCpuACounterThatNeverFalls() {
    String pod = leaky.pods().getFirst().name();
    Series memory =
        simulator.track(leaky.primary()).usage(Map.of()).history().get(Metric.MEMORY_BYTES);
    List<double[]> written = samples("container_memory_working_set_bytes{", pod);
    assertEquals(memory.size() / 5, written.size());
    double expectedPeak =
        Math.max(
            Math.max(memory.get(5), memory.get(6)),
            Math.max(Math.max(memory.get(7), memory.get(8)), memory.get(9)));
    assertEquals(expectedPeak, written.get(1)[0], expectedPeak * 1e-5);
    assertEquals(memory.epochSecondAt(10), (long) written.get(1)[1]);
    List<double[]> cpu = samples("container_cpu_usage_seconds_total{", pod);
    for (int i = 1; i < cpu.size(); i++) {
      assertTrue(cpu.get(i)[0] >= cpu.get(i - 1)[0]);
    }
  }

  @Test
  void refusesAStepThatIsNotWholeMinutes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new OpenMetricsHistory(simulator, ref -> true, Duration.ofSeconds(90)));
  }

  private static List<double[]> samples(String prefix, String pod) {
    return lines.stream()
        .filter(l -> l.startsWith(prefix) && l.contains("pod=\"" + pod + "\""))
        .map(
            l -> {
              String[] parts = l.substring(l.lastIndexOf('}') + 2).split(" ");
              return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
            })
        .toList();
  }
}
