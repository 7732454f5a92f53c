package dev.fleetscope.packing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cost per hour no packing of the problem can go below.
 *
 * <p>Pods and candidate types fall into groups that share no type (CPU pods that cannot tolerate
 * the GPU taint, the pods of each GPU family...). In each group, resources get prices per unit
 * (millicore, byte, pod slot, GPU of a family, MIG slice of a profile) such that no type of the
 * group is cheaper than its capacity at those prices ({@link DualPrices}); then every node costs at
 * least what its pods are worth, and the group's pods' worth bounds its cost (weak LP duality). The
 * best of a grid of price mixes is kept per group. This generalises "resource sums over the
 * cheapest price per unit" (one resource at its cheapest unit price is one point of the grid).
 * Fixed nodes add their price and take off what their room is worth. Zones, selectors and
 * anti-affinity only raise the true optimum, so the bound stays valid, if looser, when they bind.
 *
 * @param costPerHour the bound, in the candidates' currency per hour
 */
public record LowerBound(double costPerHour) {
  private static final int STEPS = 10;
  private static final double[] SCALES = {1, 0.8, 0.6, 0.4, 0.2, 0};

  public static LowerBound of(PackingProblem problem) {
    return new LowerBound(search(new Compiled(problem)).bound());
  }

  /** How far above the bound a packing's cost is, as a share of the bound (0.05 is 5 % above). */
  public double gap(Packing packing) {
    return costPerHour > 0 ? packing.costPerHour() / costPerHour - 1 : 0;
  }

  /** The bound, and what each pod and each type's capacity is worth at the prices that gave it. */
  record Best(double bound, double[] itemWorth, double[] typeWorth, int[] group) {}

  static Best search(Compiled c) {
    int[] group = groups(c);
    double[] itemWorth = new double[c.items.length];
    double[] typeWorth = new double[c.types.length];
    double bound = c.problem.fixedNodes().stream().mapToDouble(f -> f.type().pricePerHour()).sum();
    for (int g : Arrays.stream(group).distinct().sorted().toArray()) {
      boolean[] inGroup = new boolean[c.types.length];
      for (int t = 0; t < c.types.length; t++) {
        inGroup[t] = group[t] == g;
      }
      List<Item> counted = new ArrayList<>();
      for (Item item : c.items) {
        int home = home(c, item);
        if (home >= 0 && group[home] == g && (item.pinned || item.openable)) {
          counted.add(item);
        }
      }
      DualPrices.Demands demands = DualPrices.Demands.of(counted, c.profiles.size());
      DualPrices best = null;
      double bestBound = -1;
      for (DualPrices prices : candidates(c, inGroup)) {
        double worth = groupBound(c, inGroup, demands, prices);
        if (worth > bestBound + 1e-12) {
          best = prices;
          bestBound = worth;
        }
      }
      bound += bestBound;
      for (Item item : counted) {
        itemWorth[item.index] = best.worth(item);
      }
      for (int t = 0; t < c.types.length; t++) {
        if (inGroup[t]) {
          typeWorth[t] = best.worth(c.capacities[t], c.types[t].gpuFamily());
        }
      }
    }
    return new Best(bound, itemWorth, typeWorth, group);
  }

  /** Each type's group: types some pod could use both of are in one group (union-find). */
  private static int[] groups(Compiled c) {
    int[] parent = new int[c.types.length];
    Arrays.setAll(parent, t -> t);
    for (Item item : c.items) {
      int first = -1;
      for (int t = 0; t < c.types.length; t++) {
        if (item.feasible[t]) {
          if (first < 0) {
            first = t;
          } else {
            parent[root(parent, t)] = root(parent, first);
          }
        }
      }
    }
    int[] group = new int[c.types.length];
    Arrays.setAll(group, t -> root(parent, t));
    return group;
  }

  private static int root(int[] parent, int t) {
    while (parent[t] != t) {
      parent[t] = parent[parent[t]];
      t = parent[t];
    }
    return t;
  }

  private static int home(Compiled c, Item item) {
    for (int t = 0; t < c.types.length; t++) {
      if (item.feasible[t]) {
        return t;
      }
    }
    return -1;
  }

  private static double groupBound(
      Compiled c, boolean[] inGroup, DualPrices.Demands demands, DualPrices prices) {
    double worth = prices.worth(demands);
    for (FixedNode fixed : c.problem.fixedNodes()) {
      int t = c.typeIndex(fixed.type());
      if (inGroup[t]) {
        worth -= prices.worth(c.capacities[t], c.types[t].gpuFamily());
      }
    }
    return Math.max(worth, 0);
  }

  /** Price mixes over CPU, memory and pod slots, each scaled so no type of the group undercuts. */
  private static List<DualPrices> candidates(Compiled c, boolean[] inGroup) {
    double perMilliMin = cheapest(c, inGroup, Capacity::milli);
    double perByteMin = cheapest(c, inGroup, Capacity::memory);
    double perPodMin = cheapest(c, inGroup, cap -> cap.pods());
    List<DualPrices> all = new ArrayList<>();
    for (int a = 0; a <= STEPS; a++) {
      for (int b = 0; a + b <= STEPS; b++) {
        double wm = perMilliMin * a / STEPS;
        double wb = perByteMin * b / STEPS;
        double wp = perPodMin * (STEPS - a - b) / STEPS;
        double scale = Double.POSITIVE_INFINITY;
        for (int t = 0; t < c.types.length; t++) {
          Capacity cap = c.capacities[t];
          double worth = wm * cap.milli() + wb * cap.memory() + wp * cap.pods();
          if (inGroup[t] && c.openable[t] && worth > 0) {
            scale = Math.min(scale, c.types[t].pricePerHour() / worth);
          }
        }
        if (Double.isInfinite(scale)) {
          scale = 0;
        }
        for (double f : SCALES) {
          all.add(prices(wm * scale * f, wb * scale * f, wp * scale * f, c, inGroup));
        }
      }
    }
    return all;
  }

  /** GPU prices that spend, on every type, what its CPU, memory and pods leave of its price. */
  private static DualPrices prices(
      double perMilli, double perByte, double perPod, Compiled c, boolean[] inGroup) {
    java.util.Map<String, Double> perFamily = new java.util.HashMap<>();
    double[] perMig = new double[c.profiles.size()];
    Arrays.fill(perMig, Double.POSITIVE_INFINITY);
    for (int t = 0; t < c.types.length; t++) {
      Capacity cap = c.capacities[t];
      int units = cap.gpuUnits();
      if (!inGroup[t] || !c.openable[t] || units == 0) {
        continue;
      }
      double rest =
          c.types[t].pricePerHour()
              - perMilli * cap.milli()
              - perByte * cap.memory()
              - perPod * cap.pods();
      double perUnit = Math.max(rest, 0) / units;
      if (cap.gpus() > 0) {
        perFamily.merge(c.types[t].gpuFamily(), perUnit, Math::min);
      }
      for (int k = 0; k < perMig.length; k++) {
        if (cap.mig()[k] > 0) {
          perMig[k] = Math.min(perMig[k], perUnit);
        }
      }
    }
    for (int k = 0; k < perMig.length; k++) {
      if (Double.isInfinite(perMig[k])) {
        perMig[k] = 0;
      }
    }
    return new DualPrices(perMilli, perByte, perPod, perFamily, perMig);
  }

  private static double cheapest(
      Compiled c, boolean[] inGroup, java.util.function.ToLongFunction<Capacity> amount) {
    double cheapest = Double.POSITIVE_INFINITY;
    for (int t = 0; t < c.types.length; t++) {
      long units = amount.applyAsLong(c.capacities[t]);
      if (inGroup[t] && c.openable[t] && units > 0) {
        cheapest = Math.min(cheapest, c.types[t].pricePerHour() / units);
      }
    }
    return Double.isInfinite(cheapest) ? 0 : cheapest;
  }
}
