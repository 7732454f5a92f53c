package dev.fleetscope.console.utilization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wall's utilization board on the demo fleet's namespaces. */
class UtilizationBoardTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");

  @Test
  void namespacesNearTheirMemoryLimitComeFirstThenTheLargestIdleCpuRequests() {
    Simulator demo = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC));
    List<UsageTree> clusters = UsageTree.of(demo.snapshot("demo"), "");
    Picture picture =
        UtilizationBoard.picture(clusters, now -> new WallDataAge("data 1 s ago", DataAge.FRESH));

    assertTrue(picture.headline().matches("CPU \\d+% of requested in use"), picture.headline());
    List<Item> items = picture.items();
    assertFalse(items.isEmpty(), "the demo fleet wastes CPU somewhere");
    int firstWarning = items.stream().map(Item::tone).toList().indexOf(Tone.WARNING);
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      double percent = Double.parseDouble(item.value().replace("%", ""));
      if (item.tone() == Tone.CRITICAL) {
        assertTrue(firstWarning < 0 || i < firstWarning, "near the limit first: " + items);
        assertTrue(percent >= 90, item.toString());
      } else {
        assertEquals(Tone.WARNING, item.tone());
        assertTrue(percent <= 30, item.toString()); // under 30 %, shown rounded
        assertTrue(item.caption().startsWith("of its CPU request in use · "), item.caption());
      }
    }
    List<Double> idle =
        items.stream()
            .filter(i -> i.tone() == Tone.WARNING)
            .map(
                i -> Double.parseDouble(i.caption().split(" · ")[1].split(" ")[0].replace(",", "")))
            .toList();
    assertEquals(
        idle.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
        idle,
        "the largest idle request first");
  }

  @Test
  void beforeTheFirstSnapshotTheBoardWaits() {
    assertEquals(
        "Waiting for the fleet…",
        UtilizationBoard.picture(List.of(), now -> new WallDataAge("no sources", DataAge.AMBER))
            .headline());
  }
}
