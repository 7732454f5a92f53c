package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Seven cards of at least 150 px: one row when they fit, more rows of equal cells when not. */
class WrappingRowTest {
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  private static List<Region> cards() {
    return IntStream.range(0, 7)
        .mapToObj(
            i -> {
              Region card = new Region();
              card.setMinWidth(150);
              card.setPrefSize(200, 100 + i); // the tallest of a row sets its height
              return card;
            })
        .toList();
  }

  private WrappingRow laidOut(double width, List<Region> cards) {
    WrappingRow row = new WrappingRow(10, 150, cards.toArray(Region[]::new));
    robot.interact(
        () -> {
          row.resize(width, row.prefHeight(width));
          row.layout();
        });
    return row;
  }

  @Test
  void allOnOneRowSharingItsWidthWhenTheyFit() {
    List<Region> cards = cards();
    WrappingRow row = laidOut(1190, cards);
    assertEquals(7, row.perRow(1190));
    for (Region card : cards) {
      assertEquals(0, card.getLayoutY());
      assertEquals(161.4, card.getWidth(), 1); // (1190 - 6 gaps of 10) / 7
    }
    Region last = cards.getLast();
    assertEquals(1190, last.getLayoutX() + last.getWidth(), 0.5, "the row's width, not beyond");
    assertEquals(106, row.prefHeight(1190));
  }

  @Test
  void wrappedOntoEvenRowsOfEqualCellsWhenTooNarrow() {
    List<Region> cards = cards();
    // six of 150 + 5 gaps = 950 fit, seven do not: rows of 4 and 3, not 6 and 1
    WrappingRow row = laidOut(1020, cards);
    assertEquals(4, row.perRow(1020));
    assertEquals(0, cards.get(3).getLayoutY());
    assertEquals(0, cards.get(4).getLayoutX());
    assertEquals(103 + 10, cards.get(4).getLayoutY(), 0.5); // below the first row's tallest
    assertEquals(247.5, cards.get(0).getWidth(), 1); // (1020 - 3 gaps) / 4
    assertEquals(cards.get(0).getWidth(), cards.get(6).getWidth(), 0.5);
    assertEquals(103 + 10 + 106, row.prefHeight(1020), 0.5);
    // never below one cell a row
    assertEquals(1, row.perRow(100));
  }
}
