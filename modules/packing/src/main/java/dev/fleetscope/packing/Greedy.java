package dev.fleetscope.packing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Best-fit decreasing: pods in decreasing order of GPUs and then of their scarcest resource, each
 * onto the open node it fills most tightly; when none can take it, a new node of the type that
 * would hold the most worth per unit of price, judged by filling one with the pods next in line (or
 * of a preferred type, when one is given and can hold the pod).
 */
final class Greedy {
  /** How many pods next in line a candidate node is filled with to judge its type. */
  private static final int LOOKAHEAD = 200;

  private final Compiled c;
  private final double[] itemWorth;
  private final Item[] order;
  private final long[] smallestMilliFrom;
  private final long[] smallestMemoryFrom;

  Greedy(Compiled c, double[] itemWorth) {
    this.c = c;
    this.itemWorth = itemWorth;
    this.order = order(c);
    this.smallestMilliFrom = new long[order.length + 1];
    this.smallestMemoryFrom = new long[order.length + 1];
    smallestMilliFrom[order.length] = Long.MAX_VALUE;
    smallestMemoryFrom[order.length] = Long.MAX_VALUE;
    for (int i = order.length - 1; i >= 0; i--) {
      smallestMilliFrom[i] = Math.min(smallestMilliFrom[i + 1], order[i].milli);
      smallestMemoryFrom[i] = Math.min(smallestMemoryFrom[i + 1], order[i].memory);
    }
  }

  /** The fixed nodes with their pinned pods, then every other pod placed; unplaced are listed. */
  List<Bin> pack(List<Integer> preferredTypes, List<Item> unplaced) {
    List<Bin> bins = fixedBins(c);
    List<Bin> open = new ArrayList<>(bins);
    for (int pos = 0; pos < order.length; pos++) {
      Item item = order[pos];
      if (item.pinned) {
        continue;
      }
      if (pos % 256 == 0) {
        int from = pos;
        open.removeIf(b -> !roomForAny(b, from));
      }
      Bin best = tightest(open, item, null);
      if (best == null) {
        int type = newType(item, pos, preferredTypes);
        if (type < 0) {
          unplaced.add(item);
          continue;
        }
        best = new Bin(c, type, null, "");
        bins.add(best);
        open.add(best);
      }
      best.add(item);
    }
    return bins;
  }

  /**
   * Whether the bin has room for the smallest pod from {@code pos} on: pods come in decreasing
   * order, so a bin without it takes nothing more and need not be scanned again.
   */
  private boolean roomForAny(Bin bin, int pos) {
    return bin.freePods > 0
        && bin.freeMilli >= smallestMilliFrom[pos]
        && bin.freeMemory >= smallestMemoryFrom[pos];
  }

  static List<Bin> fixedBins(Compiled c) {
    List<Bin> bins = new ArrayList<>();
    for (FixedNode fixed : c.problem.fixedNodes()) {
      Bin bin = new Bin(c, c.typeIndex(fixed.type()), fixed.name(), fixed.zone());
      // Pinned pods stay where they are, even on a node they overfill: that is the cluster today.
      fixed.pinnedPods().forEach(name -> bin.add(c.itemsByName.get(name)));
      bins.add(bin);
    }
    return bins;
  }

  /** The bin (other than {@code except}) that the item fills most tightly, or null. */
  static Bin tightest(List<Bin> bins, Item item, Bin except) {
    Bin best = null;
    double bestSlack = Double.POSITIVE_INFINITY;
    for (Bin bin : bins) {
      if (bin != except && bin.canTake(item)) {
        double slack = bin.slackAfter(item);
        if (slack < bestSlack) {
          best = bin;
          bestSlack = slack;
        }
      }
    }
    return best;
  }

  private int newType(Item item, int pos, List<Integer> preferredTypes) {
    for (int preferred : preferredTypes) {
      if (c.openable[preferred] && item.feasible[preferred]) {
        return preferred;
      }
    }
    int bestType = -1;
    double bestValue = -1;
    for (int t = 0; t < c.types.length; t++) {
      if (!c.openable[t] || !item.feasible[t]) {
        continue;
      }
      double value = worthPerPrice(t, item, pos);
      if (value > bestValue + 1e-12) {
        bestType = t;
        bestValue = value;
      }
    }
    return bestType;
  }

  private double worthPerPrice(int type, Item first, int pos) {
    Bin trial = new Bin(c, type, null, "");
    trial.add(first);
    double worth = itemWorth[first.index];
    int seen = 0;
    for (int next = pos + 1;
        next < order.length && seen < LOOKAHEAD && trial.freePods > 0;
        next++) {
      Item item = order[next];
      if (item.pinned || !c.openable(item)) {
        continue;
      }
      seen++;
      if (trial.canTake(item)) {
        trial.add(item);
        worth += itemWorth[item.index];
      }
    }
    double price = c.types[type].pricePerHour();
    return price > 0 ? worth / price : Double.MAX_VALUE;
  }

  private static Item[] order(Compiled c) {
    long maxMilli = 1;
    long maxMemory = 1;
    for (int t = 0; t < c.types.length; t++) {
      maxMilli = Math.max(maxMilli, c.capacities[t].milli());
      maxMemory = Math.max(maxMemory, c.capacities[t].memory());
    }
    long milli = maxMilli;
    long memory = maxMemory;
    Item[] sorted = Arrays.copyOf(c.items, c.items.length);
    Arrays.sort(
        sorted,
        Comparator.comparingInt((Item i) -> -(i.wholeGpus + i.migCount))
            .thenComparingDouble(
                i -> -Math.max(i.milli / (double) milli, i.memory / (double) memory))
            .thenComparing(Item::name));
    return sorted;
  }
}
