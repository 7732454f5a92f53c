package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.ServingOptions;
import dev.fleetscope.prometheus.ServingReader;
import dev.fleetscope.simulator.DemoServing;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * One source of model serving, the demo fleet's or a Prometheus's, for the console and the command
 * line alike: one call reads a window, priced at the unit prices given. Readings are kept, the
 * latest {@value #KEPT} windows, so a series of windows ending on whole steps reads only its newest
 * window again when it moves on (a Prometheus reading is one query per signal, 32 with every kind
 * of server present).
 *
 * <pre>{@code
 * ServingService demo = ServingService.demo(simulator, cluster -> prices);
 * ServingSnapshot hour = demo.snapshot(end, Duration.ofHours(1));
 * ServingSeries sparkline = demo.series(end, Duration.ofMinutes(5), 12);
 * }</pre>
 */
public final class ServingService implements ServingWindows {
  /** Readings kept: a sparkline's twelve windows and a day's hours several times over. */
  public static final int KEPT = 96;

  /** Reads one window; may fail as a Prometheus does. */
  @FunctionalInterface
  public interface Reading {
    ServingSnapshot read(Instant end, Duration window) throws IOException;
  }

  private record Window(Instant end, Duration length) {}

  private final String name;
  private final Reading reading;
  private final BooleanSupplier settled;
  private final Map<Window, ServingSnapshot> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Window, ServingSnapshot> eldest) {
          return size() > KEPT;
        }
      };

  /**
   * @param settled whether what is read now may be kept: the demo fleet's readings are not kept
   *     until its history, which their GPU busy shares come from, is recorded
   */
  public ServingService(String name, Reading reading, BooleanSupplier settled) {
    this.name = name;
    this.reading = reading;
    this.settled = settled;
  }

  /**
   * The demo fleet's servers, computed from the simulator's minutes. Its GPU busy share comes from
   * the recorded history: until that is recorded the reading says so.
   */
  public static ServingService demo(
      Simulator simulator, Function<String, Optional<UnitPrices>> prices) {
    DemoServing serving = new DemoServing(simulator);
    return new ServingService(
        "Demo fleet",
        (end, window) -> {
          ServingSnapshot read = serving.snapshot(end, window, prices);
          if (simulator.historyReady()) {
            return read;
          }
          List<String> notes = new ArrayList<>(read.notes());
          notes.add("GPU busy shares come once the demo fleet's 14 days of history are recorded");
          return new ServingSnapshot(read.end(), read.window(), read.models(), notes);
        },
        simulator::historyReady);
  }

  /** The model servers a Prometheus scrapes, read in a fixed number of queries per window. */
  public static ServingService prometheus(
      String name,
      PrometheusClient client,
      ServingOptions options,
      Function<String, Optional<UnitPrices>> prices) {
    ServingReader reader = new ServingReader(client, options);
    return new ServingService(name, (end, window) -> reader.read(end, window, prices), () -> true);
  }

  /** What the console's status and notes call it: {@code Demo fleet}, a Prometheus's name. */
  public String name() {
    return name;
  }

  @Override
  public ServingSnapshot snapshot(Instant end, Duration window) throws IOException {
    Window key = new Window(end, window);
    synchronized (kept) {
      ServingSnapshot known = kept.get(key);
      if (known != null) {
        return known;
      }
    }
    boolean keep = settled.getAsBoolean();
    ServingSnapshot read = reading.read(end, window); // outside the lock: a slow read blocks no one
    if (keep) {
      synchronized (kept) {
        kept.put(key, read);
      }
    }
    return read;
  }
}
