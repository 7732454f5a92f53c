package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.runtime.rightsizing.SizingTraits;
import dev.fleetscope.runtime.rightsizing.SizingTraits.Badge;
import dev.fleetscope.runtime.rightsizing.SizingTraits.Kind;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A table cell shows a few badges and "+N" for the rest, whose sentences are its tooltip. */
class SizingBadgesTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage(); // labels need the JavaFX toolkit
  }

  private static final SizingTraits FIVE =
      new SizingTraits(
          List.of(
              new Badge(Kind.VPA, "VPA", "a VPA sets its requests"),
              new Badge(Kind.HPA, "HPA", "an HPA scales it on CPU"),
              new Badge(Kind.values()[3], "pod", "pod-level resources"),
              new Badge(Kind.values()[4], "GPU", "two GPUs"),
              new Badge(Kind.values()[5], "JVM", "a JVM with -Xmx")));

  @Test
  void aCellShowsThreeThenHowManyMore() {
    List<Node> shown = SizingBadges.of(FIVE, 3).getChildren();
    assertEquals(
        List.of("VPA", "HPA", "pod", "+2"),
        shown.stream().map(n -> ((Label) n).getText()).toList());
    assertEquals(
        "GPU: two GPUs\nJVM: a JVM with -Xmx", ((Label) shown.get(3)).getTooltip().getText());
  }

  @Test
  void thePaneShowsThemAll() {
    assertEquals(5, SizingBadges.of(FIVE).getChildren().size());
    assertEquals(
        2, SizingBadges.of(new SizingTraits(FIVE.badges().subList(0, 2)), 3).getChildren().size());
  }
}
