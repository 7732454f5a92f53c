package dev.fleetscope.packing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Packs pods onto the cheapest nodes it can find. Stateless and deterministic: the same problem
 * gives the same packing, on any thread.
 *
 * <pre>{@code
 * Packing packing = new Packer().pack(PackingProblem.of(pods, candidateTypes));
 * packing.costPerHour();   // what the nodes cost
 * packing.unplaced();      // pods no type can hold, each with the reason
 * }</pre>
 *
 * <p>How (see {@code docs/packing.md}): best-fit decreasing, run once choosing each new node's type
 * by a look-ahead over a mix of types and once per single preferred type (every type on small
 * problems, the few whose capacity is worth most per price on large ones); the cheapest result is
 * then improved locally by emptying, downsizing and merging nodes.
 */
public final class Packer {
  /** Above this many pods × types, only the best few types get a run of their own. */
  private static final long EVERY_TYPE_LIMIT = 20_000;

  private static final int PREFERRED_RUNS_ON_LARGE = 3;

  public Packing pack(PackingProblem problem) {
    Compiled c = new Compiled(problem);
    LowerBound.Best worth = LowerBound.search(c);
    Greedy greedy = new Greedy(c, worth.itemWorth());
    Improver improver = new Improver(c);
    List<Item> unplaced = new ArrayList<>();
    List<Bin> best = greedy.pack(List.of(), unplaced);
    double bestCost = improver.cost(best);
    for (List<Integer> preferred : preferences(c, worth)) {
      List<Item> missed = new ArrayList<>();
      List<Bin> bins = greedy.pack(preferred, missed);
      double cost = improver.cost(bins);
      if (missed.size() < unplaced.size()
          || missed.size() == unplaced.size() && cost < bestCost - 1e-9) {
        best = bins;
        bestCost = cost;
        unplaced = missed;
      }
    }
    improver.improve(best);
    return result(c, best, unplaced);
  }

  /**
   * The given placement improved locally (nodes emptied, downsized, merged; see {@code
   * docs/packing.md}), so that only the pods of nodes that go away move. Nodes that keep their type
   * keep their names. Empty when the start is not a feasible packing of the problem (a pod missing
   * or over a node's room): then only {@link #pack} applies.
   */
  public java.util.Optional<Packing> improve(PackingProblem problem, Packing start) {
    Compiled c = new Compiled(problem);
    List<Bin> bins = Greedy.fixedBins(c);
    java.util.Set<String> placed = new java.util.HashSet<>();
    bins.forEach(b -> b.members.forEach(i -> placed.add(i.name())));
    for (PlannedNode node : start.nodes()) {
      if (node.fixed()) {
        continue;
      }
      Bin bin = new Bin(c, c.typeIndex(node.type()), null, node.zone());
      bin.origin = node.name();
      for (String name : node.pods()) {
        Item item = c.itemsByName.get(name);
        if (item == null || item.pinned || !bin.canTake(item) || !placed.add(name)) {
          return java.util.Optional.empty();
        }
        bin.add(item);
      }
      if (!c.openable[bin.type]) {
        return java.util.Optional.empty();
      }
      bins.add(bin);
    }
    List<Item> unplaced = new ArrayList<>();
    for (Item item : c.items) {
      if (!placed.contains(item.name())) {
        Bin room = Greedy.tightest(bins, item, null);
        if (room == null) {
          return java.util.Optional.empty();
        }
        room.add(item);
      }
    }
    new Improver(c).improve(bins);
    return java.util.Optional.of(result(c, bins, unplaced));
  }

  /**
   * The type preferences to run best-fit decreasing with besides the look-ahead: each type alone
   * (on large problems only the few worth most per price), and the best type of every group of
   * types that share pods, together.
   */
  private static List<List<Integer>> preferences(Compiled c, LowerBound.Best worth) {
    List<Integer> byValue =
        IntStream.range(0, c.types.length)
            .filter(t -> c.openable[t])
            .boxed()
            .sorted(
                Comparator.comparingDouble(
                        (Integer t) ->
                            -worth.typeWorth()[t] / Math.max(c.types[t].pricePerHour(), 1e-12))
                    .thenComparingInt(t -> t))
            .toList();
    boolean everyType = (long) c.items.length * byValue.size() <= EVERY_TYPE_LIMIT;
    List<List<Integer>> runs = new ArrayList<>();
    byValue.stream()
        .limit(everyType ? byValue.size() : PREFERRED_RUNS_ON_LARGE)
        .forEach(t -> runs.add(List.of(t)));
    List<Integer> bestOfEachGroup = new ArrayList<>();
    java.util.Set<Integer> groupsSeen = new java.util.HashSet<>();
    for (int t : byValue) {
      if (groupsSeen.add(worth.group()[t])) {
        bestOfEachGroup.add(t);
      }
    }
    if (bestOfEachGroup.size() > 1) {
      runs.add(bestOfEachGroup);
    }
    return runs;
  }

  private static Packing result(Compiled c, List<Bin> bins, List<Item> unplaced) {
    List<PlannedNode> nodes = new ArrayList<>();
    Map<String, Integer> perType = new TreeMap<>();
    List<Bin> fresh = new ArrayList<>(bins.stream().filter(b -> !b.fixed()).toList());
    fresh.sort(
        Comparator.comparing((Bin b) -> c.types[b.type].name()).thenComparing(b -> firstPod(b)));
    for (Bin bin : bins) {
      if (bin.fixed()) {
        nodes.add(node(c, bin, bin.fixedName, true));
      }
    }
    java.util.Set<String> kept = new java.util.HashSet<>();
    for (Bin bin : fresh) {
      if (bin.origin != null) {
        kept.add(bin.origin);
      }
    }
    for (Bin bin : fresh) {
      String name = bin.origin;
      if (name == null) {
        String type = c.types[bin.type].name();
        do {
          name = type + "-" + perType.merge(type, 1, Integer::sum);
        } while (kept.contains(name));
      }
      nodes.add(node(c, bin, name, false));
    }
    List<Unplaced> missed = new ArrayList<>();
    for (Item item : unplaced) {
      String reason = c.reasons.get(item.name());
      missed.add(
          new Unplaced(
              item.name(),
              reason != null
                  ? reason
                  : "no room on the nodes that stay, and no candidate instance type holds it"));
    }
    missed.sort(Comparator.comparing(Unplaced::pod));
    return new Packing(nodes, missed);
  }

  private static String firstPod(Bin bin) {
    return bin.members.stream().map(Item::name).min(String::compareTo).orElse("");
  }

  private static PlannedNode node(Compiled c, Bin bin, String name, boolean fixed) {
    List<String> pods = bin.members.stream().map(Item::name).sorted().toList();
    return new PlannedNode(name, c.types[bin.type], bin.zone, pods, fixed);
  }
}
