package dev.fleetscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {
  @Test
  void linuxWithoutADisplayIsOneLineNamingBothVariables() {
    String why = DisplayCheck.missing(Map.of(), "Linux", null).orElseThrow();

    assertTrue(why.contains("DISPLAY") && why.contains("WAYLAND_DISPLAY"), why);
    assertEquals(1, why.lines().count());
  }

  @Test
  void anX11OrWaylandDisplayIsEnough() {
    assertEquals(Optional.empty(), DisplayCheck.missing(Map.of("DISPLAY", ":0"), "Linux", null));
    assertEquals(
        Optional.empty(),
        DisplayCheck.missing(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
  }

  @Test
  void anEmptyVariableIsNoDisplay() {
    assertTrue(DisplayCheck.missing(Map.of("DISPLAY", " "), "Linux", null).isPresent());
  }

  @Test
  void headlessMonocleAndOtherSystemsNeedNone() {
    assertEquals(Optional.empty(), DisplayCheck.missing(Map.of(), "Linux", "Monocle"));
    assertEquals(Optional.empty(), DisplayCheck.missing(Map.of(), "Windows 11", null));
    assertEquals(Optional.empty(), DisplayCheck.missing(Map.of(), "Mac OS X", null));
  }
}
