package dev.fleetscope.simulator;

import dev.fleetscope.simulator.ServingFamily.Histogram;
import dev.fleetscope.simulator.ServingFamily.Reading;
import dev.fleetscope.simulator.ServingFamily.Scalar;
import dev.fleetscope.simulator.ServingFamily.Series;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes demo model servers' metrics over a span of minutes as timestamped OpenMetrics, for {@code
 * promtool tsdb create-blocks-from openmetrics}: counters sampled at the end of every step, gauges
 * of the step's last minute. Each family's samples together, each series' in time order.
 *
 * <p>The counters have counted for a week before the span, as a server's that has been up a while:
 * a counter that is 0 at a window's start makes Prometheus take it as started within the window and
 * extrapolate its rate less, which a bucket that is rarely hit would otherwise do.
 */
final class ServingHistory {
  private static final long WARM_UP_MINUTES = 7 * 1440;

  private final List<DemoServer> servers;
  private final long fromMinute;
  private final long untilMinute;
  private final int stepMinutes;

  ServingHistory(List<DemoServer> servers, long fromMinute, long untilMinute, int stepMinutes) {
    this.servers = List.copyOf(servers);
    this.fromMinute = fromMinute;
    this.untilMinute = untilMinute;
    this.stepMinutes = stepMinutes;
  }

  void write(Writer out) throws IOException {
    Map<String, List<DemoServer>> byFamily = new LinkedHashMap<>();
    Map<String, ServingFamily> families = new LinkedHashMap<>();
    for (DemoServer server : servers) {
      for (ServingFamily family : ServingFamilies.of(server)) {
        families.putIfAbsent(family.name(), family);
        byFamily.computeIfAbsent(family.name(), n -> new ArrayList<>()).add(server);
      }
    }
    for (var entry : families.entrySet()) {
      ServingFamily family = entry.getValue();
      out.write("# TYPE " + family.name() + " " + type(family) + "\n");
      for (DemoServer server : byFamily.get(entry.getKey())) {
        writeFamily(out, family, server);
      }
    }
  }

  /** Every series of the family for every pod of the server, each in time order. */
  private void writeFamily(Writer out, ServingFamily family, DemoServer server) throws IOException {
    List<List<Series>> steps = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    ServingTotals replica = new ServingTotals(fromMinute - WARM_UP_MINUTES);
    replica.advance(server, fromMinute);
    for (long end = fromMinute + stepMinutes; end <= untilMinute; end += stepMinutes) {
      replica.advance(server, end);
      steps.add(family.series().apply(new Reading(Map.of(), replica.totals, replica.now)));
      times.add(end * 60);
    }
    if (steps.isEmpty()) {
      return;
    }
    for (SimPod pod : server.workload().pods()) {
      Map<String, String> podLabels = ServingFamilies.labels(server, pod);
      for (int s = 0; s < steps.getFirst().size(); s++) {
        Series first = steps.getFirst().get(s);
        Map<String, String> labels = new LinkedHashMap<>(podLabels);
        labels.putAll(first.labels());
        if (first instanceof Histogram h) {
          for (int k = 0; k < h.bounds().length; k++) {
            String le =
                labels(
                    labels,
                    "le",
                    h.bounds()[k] == Double.POSITIVE_INFINITY
                        ? "+Inf"
                        : Double.toString(h.bounds()[k]));
            for (int t = 0; t < steps.size(); t++) {
              sample(
                  out,
                  family.name() + "_bucket",
                  le,
                  ((Histogram) steps.get(t).get(s)).cumulative()[k],
                  times.get(t));
            }
          }
          for (int t = 0; t < steps.size(); t++) {
            Histogram at = (Histogram) steps.get(t).get(s);
            sample(
                out,
                family.name() + "_count",
                labels(labels),
                at.cumulative()[k(at)],
                times.get(t));
          }
          for (int t = 0; t < steps.size(); t++) {
            sample(
                out,
                family.name() + "_sum",
                labels(labels),
                ((Histogram) steps.get(t).get(s)).sum(),
                times.get(t));
          }
        } else {
          String name =
              family.name() + (family.type() == ServingFamily.Type.COUNTER ? "_total" : "");
          for (int t = 0; t < steps.size(); t++) {
            sample(out, name, labels(labels), ((Scalar) steps.get(t).get(s)).value(), times.get(t));
          }
        }
      }
    }
  }

  private static int k(Histogram h) {
    return h.bounds().length - 1;
  }

  private static void sample(Writer out, String name, String labels, double value, long second)
      throws IOException {
    out.write(name + "{" + labels + "} " + value + " " + second + "\n");
  }

  private static String labels(Map<String, String> labels, String... more) {
    StringBuilder text = new StringBuilder();
    Map<String, String> all = new LinkedHashMap<>(labels);
    for (int i = 0; i < more.length; i += 2) {
      all.put(more[i], more[i + 1]);
    }
    all.forEach(
        (k, v) ->
            text.append(text.isEmpty() ? "" : ",")
                .append(k)
                .append("=\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                .append('"'));
    return text.toString();
  }

  private static String type(ServingFamily family) {
    return switch (family.type()) {
      case COUNTER -> "counter";
      case BARE_COUNTER -> "unknown";
      case GAUGE -> "gauge";
      case HISTOGRAM -> "histogram";
    };
  }
}
