package dev.fleetscope.console.utilization;

import dev.fleetscope.console.WallBoard;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.Units;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The wall's utilization board: how much of what the fleet requests it uses, then the namespaces
 * that need a look, worst first: those using nearly all of their memory limit (the next to be
 * OOM-killed), then those leaving most of their CPU request idle (the largest idle first).
 */
public final class UtilizationBoard {
  /** Memory in use from this share of the limit on risks an OOM kill. */
  static final double MEMORY_NEAR_LIMIT = 0.9;

  /**
   * A namespace using less than this share of its CPU request wastes it... (the fleet's share under
   * it turns this board's headline and the wall Overview's CPU and memory cards amber)
   */
  public static final double CPU_IDLE = 0.3;

  /** ...once the idle part is at least this many cores. */
  static final double IDLE_CORES = 2;

  private UtilizationBoard() {}

  /**
   * @param fleet the fleet's sources now, for the data's age
   */
  public static WallBoard of(
      UtilizationViewModel model, Clock clock, Supplier<List<SourceStatus>> fleet) {
    return new WallBoard(
        "utilization-board",
        clock,
        model.tree(),
        clusters -> picture(clusters, now -> WallDataAge.of(fleet.get(), now)));
  }

  static Picture picture(List<UsageTree> clusters, Function<Instant, WallDataAge> age) {
    if (clusters.isEmpty()) {
      return new Picture("Waiting for the fleet…", Tone.NEUTRAL, List.of(), "", age);
    }
    double used = 0;
    double requested = 0;
    double memoryUsed = 0;
    double memoryRequested = 0;
    List<UsageRow> nearLimit = new ArrayList<>();
    List<UsageRow> idle = new ArrayList<>();
    for (UsageTree cluster : clusters) {
      used += cluster.row().cpuUsed();
      requested += cluster.row().cpuRequest();
      memoryUsed += cluster.row().memoryUsed();
      memoryRequested += cluster.row().memoryRequest();
      for (UsageTree namespace : cluster.children()) {
        UsageRow row = namespace.row();
        if (Double.isFinite(row.memoryLimit())
            && row.memoryLimit() > 0
            && row.memoryUsed() / row.memoryLimit() >= MEMORY_NEAR_LIMIT) {
          nearLimit.add(row);
        } else if (row.cpuShare() < CPU_IDLE && idleCores(row) >= IDLE_CORES) {
          idle.add(row);
        }
      }
    }
    List<Item> items = new ArrayList<>();
    nearLimit.stream()
        .sorted(Comparator.comparingDouble(r -> -r.memoryUsed() / r.memoryLimit()))
        .map(r -> nearLimit(r, age))
        .forEach(items::add);
    idle.stream()
        .sorted(Comparator.comparingDouble(r -> -idleCores(r)))
        .map(r -> idle(r, age))
        .forEach(items::add);
    double share = requested > 0 ? used / requested : 0;
    return new Picture(
        "CPU " + Units.percent(share) + " of requested in use",
        share < CPU_IDLE ? Tone.WARNING : Tone.CALM,
        items,
        "memory "
            + Units.percent(memoryRequested > 0 ? memoryUsed / memoryRequested : 0)
            + " of requested · "
            + Units.cores(used)
            + " of "
            + Units.cores(requested)
            + " in use",
        age);
  }

  private static Item nearLimit(UsageRow row, Function<Instant, WallDataAge> age) {
    return new Item(
        row.name(),
        Units.percent(row.memoryUsed() / row.memoryLimit()),
        "of its memory limit in use · "
            + Units.bytes(row.memoryUsed())
            + " of "
            + Units.bytes(row.memoryLimit())
            + " · "
            + cluster(row),
        Tone.CRITICAL,
        age);
  }

  private static Item idle(UsageRow row, Function<Instant, WallDataAge> age) {
    return new Item(
        row.name(),
        Units.percent(row.cpuShare()),
        "of its CPU request in use · "
            + Units.cores(idleCores(row))
            + " idle of "
            + Units.cores(row.cpuRequest())
            + " · "
            + cluster(row),
        Tone.WARNING,
        age);
  }

  private static double idleCores(UsageRow row) {
    return Math.max(0, row.cpuRequest() - row.cpuUsed());
  }

  /** A namespace row's id is {@code cluster/namespace}. */
  private static String cluster(UsageRow row) {
    int slash = row.id().indexOf('/');
    return slash < 0 ? row.id() : row.id().substring(0, slash);
  }
}
