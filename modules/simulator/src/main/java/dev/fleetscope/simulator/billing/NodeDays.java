package dev.fleetscope.simulator.billing;

import dev.fleetscope.model.Node;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * How many hours a node ran on a day, so the bill moves the way an autoscaled fleet's does: a
 * quarter of the nodes joined during the last {@link #GROWTH_DAYS} days (the fleet grew into what
 * it is today), a third of the CPU nodes are scaled in at weekends, and multi-GPU training nodes
 * run in campaigns of a few days. Stable per (seed, node, day, today).
 */
final class NodeDays {
  static final int HOURS = 24;
  private static final double JOINED_LATER = 0.25;
  private static final double WEEKEND_SCALED = 0.35;
  private static final int WEEKEND_HOURS = 6;
  private static final int CAMPAIGN_DAYS = 3;
  private static final double CAMPAIGN_ON = 0.7;

  static final int GROWTH_DAYS = 60;

  private final long seed;
  private final LocalDate today;

  /**
   * @param today the day the fleet is as the nodes say: every node runs by then
   */
  NodeDays(long seed, LocalDate today) {
    this.seed = seed;
    this.today = today;
  }

  int hours(Node node, LocalDate day) {
    SplittableRandom forNode = random(node.name().hashCode(), 0);
    double joinDraw = forNode.nextDouble();
    boolean weekendScaled = forNode.nextDouble() < WEEKEND_SCALED;
    if (joinDraw >= 1 - JOINED_LATER) {
      long daysAgo = (long) ((joinDraw - (1 - JOINED_LATER)) / JOINED_LATER * GROWTH_DAYS);
      if (day.isBefore(today.minusDays(daysAgo))) {
        return 0;
      }
    }
    int gpus = node.gpus().count();
    if (gpus > 1) {
      long campaign = Math.floorDiv(day.toEpochDay(), CAMPAIGN_DAYS);
      return random(node.name().hashCode(), campaign).nextDouble() < CAMPAIGN_ON ? HOURS : 0;
    }
    boolean weekend =
        day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return gpus == 0 && weekendScaled && weekend ? WEEKEND_HOURS : HOURS;
  }

  private SplittableRandom random(long node, long salt) {
    return new SplittableRandom(
        seed * 0x9E3779B97F4A7C15L ^ node * 0xC2B2AE3D27D4EB4FL ^ salt * 0x165667B19E3779F9L);
  }
}
