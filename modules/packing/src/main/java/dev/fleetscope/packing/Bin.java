package dev.fleetscope.packing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A node while the packer fills it: its type, what is still free and which pods it holds. */
final class Bin {
  final int type;
  final Capacity capacity;
  final String typeZone;
  final String fixedName;

  /** The name of the node this bin started as, when it started from a given placement. */
  String origin;

  final List<Item> members = new ArrayList<>();
  private final Set<Integer> groups = new HashSet<>();
  long freeMilli;
  long freeMemory;
  int freePods;
  int freeGpus;
  final int[] freeMig;
  String zone;
  private int zonedMembers;

  Bin(Compiled problem, int type, String fixedName, String zone) {
    this.type = type;
    this.capacity = problem.capacities[type];
    this.typeZone = problem.types[type].zone();
    this.fixedName = fixedName;
    this.freeMilli = capacity.milli();
    this.freeMemory = capacity.memory();
    this.freePods = capacity.pods();
    this.freeGpus = capacity.gpus();
    this.freeMig = capacity.mig().clone();
    this.zone = zone.isEmpty() ? typeZone : zone;
  }

  boolean fixed() {
    return fixedName != null;
  }

  boolean canTake(Item item) {
    return item.feasible[type]
        && item.milli <= freeMilli
        && item.memory <= freeMemory
        && freePods >= 1
        && item.wholeGpus <= freeGpus
        && (item.migCount == 0 || item.migCount <= freeMig[item.migProfile])
        && (item.zone == null || zone.isEmpty() || zone.equals(item.zone))
        && (item.group < 0 || !groups.contains(item.group));
  }

  void add(Item item) {
    members.add(item);
    freeMilli -= item.milli;
    freeMemory -= item.memory;
    freePods--;
    freeGpus -= item.wholeGpus;
    if (item.migCount > 0) {
      freeMig[item.migProfile] -= item.migCount;
    }
    if (item.group >= 0) {
      groups.add(item.group);
    }
    if (item.zone != null) {
      zone = item.zone;
      zonedMembers++;
    }
  }

  void remove(Item item) {
    members.remove(item);
    freeMilli += item.milli;
    freeMemory += item.memory;
    freePods++;
    freeGpus += item.wholeGpus;
    if (item.migCount > 0) {
      freeMig[item.migProfile] += item.migCount;
    }
    if (item.group >= 0) {
      groups.remove(item.group);
    }
    if (item.zone != null && --zonedMembers == 0 && !fixed()) {
      zone = typeZone;
    }
  }

  /**
   * How much would stay free after taking the item, as shares of the node summed over CPU, memory
   * and GPUs: the smaller, the tighter the fit.
   */
  double slackAfter(Item item) {
    double slack =
        share(freeMilli - item.milli, capacity.milli())
            + share(freeMemory - item.memory, capacity.memory());
    int units = capacity.gpuUnits();
    if (units > 0) {
      slack += share(freeGpuUnits() - item.wholeGpus - item.migCount, units);
    }
    return slack;
  }

  /** The largest share of any resource in use: a node at 0.2 could be emptied cheaply. */
  double utilisation() {
    double used =
        Math.max(1 - share(freeMilli, capacity.milli()), 1 - share(freeMemory, capacity.memory()));
    int units = capacity.gpuUnits();
    if (units > 0) {
      used = Math.max(used, 1 - share(freeGpuUnits(), units));
    }
    return used;
  }

  private int freeGpuUnits() {
    int units = freeGpus;
    for (int m : freeMig) {
      units += m;
    }
    return units;
  }

  private static double share(double part, double whole) {
    return whole <= 0 ? 0 : part / whole;
  }
}
