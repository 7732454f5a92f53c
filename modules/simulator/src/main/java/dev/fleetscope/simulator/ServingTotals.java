package dev.fleetscope.simulator;

/**
 * One replica's counters since they started, advanced minute by minute, and its latest minute's
 * gauges: what a server process reports at a scrape.
 */
final class ServingTotals {
  final ServingPoint totals = new ServingPoint();
  final ServingPoint now = new ServingPoint();
  private final ServingPoint minute = new ServingPoint();
  private final ServingMinute minutes = new ServingMinute();
  private long next;

  /** Counters that start at 0 at {@code startMinute}. */
  ServingTotals(long startMinute) {
    this.next = startMinute;
  }

  /** Adds every minute before {@code untilMinute} not yet added; the last one gives the gauges. */
  void advance(DemoServer server, long untilMinute) {
    for (; next < untilMinute; next++) {
      minutes.fill(server, next, minute);
      totals.add(minute);
      now.gaugesOf(minute);
    }
  }
}
