package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A wall board laid out as a wall's full-screen stage lays it out, at 1920×1080 and 3840×2160
 * (TestFX on Monocle; no window is opened, so no other test loses the focus).
 */
class WallBoardTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void aHandfulOfTilesInTypeReadFromAcrossTheRoomAndTheRestCounted() throws Exception {
    Laid hd = laid(1920, 1080);
    assertEquals(WallBoard.SHOWN, hd.tiles(), "five of seven tiles");
    assertEquals(List.of(56.0), hd.figureSizes(), "main figures at least 48 px at 1080p");
    assertEquals(List.of(28.0), hd.captionSizes());
    assertEquals("and 2 more · seven models · data 12 s ago", hd.footer());
    assertTrue(hd.height() > 5 * 100, "five tiles of two lines laid out: " + hd.height());
    assertTrue(
        hd.height() <= 1080 - 80,
        "five tiles, headline and footer leave room for the wall's bar and strip: " + hd.height());

    Laid uhd = laid(3840, 2160);
    assertEquals(List.of(112.0), uhd.figureSizes(), "the same share of a 4K wall");
    assertEquals(List.of(56.0), uhd.captionSizes());
    assertTrue(uhd.height() <= 2160 - 160, "and at 4K: " + uhd.height());
    assertTrue(uhd.height() > 1.5 * hd.height(), uhd.height() + " against " + hd.height());
  }

  @Test
  void eachTileSaysHowOldItsDataIsAmberThenRedNeverBlank() throws Exception {
    List<String> ages =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  WallBoard board =
                      board(
                          List.of(
                              item(0, DataAge.FRESH),
                              item(1, DataAge.AMBER),
                              item(2, DataAge.RED)));
                  new Scene(board, 1920, 1080);
                  return board.lookupAll(".tile-age").stream()
                      .map(Label.class::cast)
                      .map(l -> l.getText() + " | " + String.join(" ", l.getStyleClass()))
                      .toList();
                })
            .get(10, TimeUnit.SECONDS);
    assertEquals(
        List.of(
            "data 0 min ago | label wall-caption tile-age",
            "data 1 min ago | label wall-caption tile-age stale-amber",
            "data 2 min ago | label wall-caption tile-age stale-red"),
        ages);
  }

  @Test
  void aLongFootnoteNeverHidesTheAge() throws Exception {
    String shown =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Picture picture =
                      new Picture(
                          "375 → 171 nodes",
                          Tone.INFO,
                          List.of(item(0, DataAge.FRESH)),
                          "recommended requests packed on the cheapest mix · instance price"
                              + " snapshot as of 2026-01-19 (bundled with Fleetscope), every"
                              + " cluster priced in its own region",
                          now -> new WallDataAge("packed 1 min ago", DataAge.FRESH));
                  WallBoard board =
                      new WallBoard(
                          "test-board",
                          Clock.fixed(NOW, ZoneOffset.UTC),
                          new SimpleObjectProperty<>(picture),
                          p -> p);
                  new Scene(board, 1920, 1080);
                  board.resize(1920, 1080);
                  board.applyCss();
                  board.layout();
                  // what is drawn: an overrun label draws its text cut, ending in an ellipsis
                  return ((Text) board.lookup("#test-board-footer .text")).getText();
                })
            .get(10, TimeUnit.SECONDS);
    assertTrue(shown.replace("\n", " ").endsWith("packed 1 min ago"), shown);
  }

  @Test
  void spansReadAtAGlance() {
    assertEquals("45 s", WallBoard.span(Duration.ofSeconds(45)));
    assertEquals("12 min", WallBoard.span(Duration.ofMinutes(12)));
    assertEquals("2 h 10 min", WallBoard.span(Duration.ofMinutes(130)));
    assertEquals("3 h", WallBoard.span(Duration.ofHours(3)));
    assertEquals("3 d", WallBoard.span(Duration.ofHours(80)));
  }

  /** What a laid-out board shows. */
  private record Laid(
      int tiles,
      List<Double> figureSizes,
      List<Double> captionSizes,
      String footer,
      double height) {}

  private static Laid laid(int width, int height) throws Exception {
    List<Item> seven = IntStream.range(0, 7).mapToObj(i -> item(i, DataAge.FRESH)).toList();
    return WaitForAsyncUtils.asyncFx(
            () -> {
              WallBoard board = board(seven);
              new Scene(board, width, height);
              board.resize(width, height);
              board.applyCss();
              board.layout();
              return new Laid(
                  board.lookupAll(".wall-tile").size(),
                  sizes(board, ".wall-figure"),
                  sizes(board, ".wall-caption"),
                  ((Label) board.lookup("#test-board-footer")).getText(),
                  board.prefHeight(width));
            })
        .get(10, TimeUnit.SECONDS);
  }

  private static List<Double> sizes(WallBoard board, String selector) {
    List<Double> sizes = new ArrayList<>();
    for (Node node : board.lookupAll(selector)) {
      double size = ((Label) node).getFont().getSize();
      if (!sizes.contains(size)) {
        sizes.add(size);
      }
    }
    return sizes;
  }

  private static WallBoard board(List<Item> items) {
    Picture picture =
        new Picture(
            "3 of 7 models drift",
            Tone.CRITICAL,
            items,
            "seven models",
            now -> new WallDataAge("data 12 s ago", DataAge.FRESH));
    return new WallBoard(
        "test-board",
        Clock.fixed(NOW, ZoneOffset.UTC),
        new SimpleObjectProperty<>(picture),
        p -> p);
  }

  /** The i-th worst model, its data i minutes old at that level. */
  private static Item item(int i, DataAge level) {
    return new Item(
        "model-" + i,
        (70 - i) + "%",
        "dataset drift · " + (7 - i) + " of 10 columns · s3://bucket/models/model-" + i,
        i < 3 ? Tone.CRITICAL : Tone.WARNING,
        now -> new WallDataAge("data " + i + " min ago", level));
  }
}
