package dev.fleetscope.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Settings files Jackson cannot map are told by place and problem, never by Java class. */
class SettingsProblemsTest {
  @Test
  void aStringWhereTheSettingsObjectBelongs() {
    IOException e = assertThrows(IOException.class, () -> SettingsStore.parse("\"dark\""));
    assertEquals("line 1, column 1: expected an object", e.getMessage());
  }

  @Test
  void anUnknownKindOfDriftSourceNamesTheKnownOnes() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> DriftSourcesStore.parse("{\"sources\": [\n  {\"kind\": \"pa\"}]}"));
    assertEquals(
        "line 2, column 12, sources[0]: unknown kind 'pa'; known are log, pair", e.getMessage());
  }

  @Test
  void aNumberWhereTextBelongs() {
    IOException e = assertThrows(IOException.class, () -> SettingsStore.parse("{\"theme\": [1]}"));
    assertEquals("line 1, column 11, theme: expected text", e.getMessage());
  }

  @Test
  void brokenJsonSaysWhere() {
    IOException e = assertThrows(IOException.class, () -> SettingsStore.parse("{\"theme\": }"));
    assertEquals(
        "line 1, column 11: not JSON: Unexpected character ('}' (code 125)): expected a value",
        e.getMessage());
  }
}
