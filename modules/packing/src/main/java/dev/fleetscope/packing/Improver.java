package dev.fleetscope.packing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Local improvement of a feasible packing, each step keeping it feasible and never raising its
 * cost: empty the least utilised nodes into the others, replace a node by the cheapest type that
 * holds its pods, and merge two nodes into one cheaper node; repeated while the cost falls.
 */
final class Improver {
  private static final int MAX_ROUNDS = 8;

  /** How many of the least utilised nodes are tried in pairs for a merge. */
  private static final int MERGE_CANDIDATES = 24;

  private final Compiled c;

  Improver(Compiled c) {
    this.c = c;
  }

  void improve(List<Bin> bins) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      double before = cost(bins);
      emptyNodes(bins);
      downsize(bins);
      merge(bins);
      if (cost(bins) >= before - 1e-9) {
        return;
      }
    }
  }

  double cost(List<Bin> bins) {
    double cost = 0;
    for (Bin bin : bins) {
      cost += c.types[bin.type].pricePerHour();
    }
    return cost;
  }

  /** Moves every pod of a node elsewhere when the others have room, least utilised node first. */
  private void emptyNodes(List<Bin> bins) {
    List<Bin> candidates = new ArrayList<>(bins.stream().filter(b -> !b.fixed()).toList());
    candidates.sort(Comparator.comparingDouble(Bin::utilisation));
    for (Bin bin : candidates) {
      if (tryEmpty(bins, bin)) {
        bins.remove(bin);
      }
    }
  }

  private boolean tryEmpty(List<Bin> bins, Bin source) {
    List<Item> moving = new ArrayList<>(source.members);
    List<Bin> targets = new ArrayList<>();
    for (Item item : moving) {
      Bin target = Greedy.tightest(bins, item, source);
      if (target == null) {
        for (int i = targets.size() - 1; i >= 0; i--) {
          targets.get(i).remove(moving.get(i));
        }
        return false;
      }
      target.add(item);
      targets.add(target);
    }
    return true;
  }

  /** Replaces each node by the cheapest type that holds all its pods, when that is cheaper. */
  private void downsize(List<Bin> bins) {
    for (int i = 0; i < bins.size(); i++) {
      Bin bin = bins.get(i);
      if (bin.fixed()) {
        continue;
      }
      Bin cheaper = cheapestHolding(bin.members, c.types[bin.type].pricePerHour());
      if (cheaper != null) {
        bins.set(i, cheaper);
      }
    }
  }

  /** Merges the pair of nodes whose pods one cheaper node can hold, best saving first. */
  private void merge(List<Bin> bins) {
    while (true) {
      List<Bin> small =
          bins.stream()
              .filter(b -> !b.fixed())
              .sorted(Comparator.comparingDouble(Bin::utilisation))
              .limit(MERGE_CANDIDATES)
              .toList();
      Bin bestA = null;
      Bin bestB = null;
      Bin bestMerged = null;
      double bestSaving = 1e-9;
      for (int i = 0; i < small.size(); i++) {
        for (int j = i + 1; j < small.size(); j++) {
          Bin a = small.get(i);
          Bin b = small.get(j);
          double pair = c.types[a.type].pricePerHour() + c.types[b.type].pricePerHour();
          List<Item> both = new ArrayList<>(a.members);
          both.addAll(b.members);
          Bin merged = cheapestHolding(both, pair - bestSaving);
          if (merged != null) {
            bestSaving = pair - c.types[merged.type].pricePerHour();
            bestA = a;
            bestB = b;
            bestMerged = merged;
          }
        }
      }
      if (bestMerged == null) {
        return;
      }
      // The merged node is the one of the pair it has the type of (its pods stay), else new.
      bestMerged.origin =
          bestMerged.type == bestA.type
              ? bestA.origin
              : bestMerged.type == bestB.type ? bestB.origin : null;
      bins.set(bins.indexOf(bestA), bestMerged);
      bins.remove(bestB);
    }
  }

  /** A new node of the cheapest candidate type under {@code below} that holds all the pods. */
  private Bin cheapestHolding(List<Item> items, double below) {
    for (int t = 0; t < c.types.length && c.types[t].pricePerHour() < below - 1e-9; t++) {
      if (!c.openable[t]) {
        continue;
      }
      Bin trial = new Bin(c, t, null, "");
      boolean all = true;
      for (Item item : items) {
        if (!trial.canTake(item)) {
          all = false;
          break;
        }
        trial.add(item);
      }
      if (all) {
        return trial;
      }
    }
    return null;
  }
}
