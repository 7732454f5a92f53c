package dev.fleetscope.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.alerts.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTextTest {
  @Test
  void readsBackWhatItWrites() {
    Scope scope = new Scope(List.of("prod", "lab"), List.of("ml-*"), List.of(), List.of("fraud-*"));
    assertEquals("clusters=prod,lab; namespaces=ml-*; models=fraud-*", ScopeText.format(scope));
    assertEquals(scope, ScopeText.parse(ScopeText.format(scope)));
    assertEquals(Scope.ALL, ScopeText.parse(ScopeText.format(Scope.ALL)));
  }

  @Test
  void forgivesSpacingCaseSingularNamesAndAnEmptyLine() {
    assertEquals(
        new Scope(List.of("prod"), List.of(), List.of("search", "ads"), List.of()),
        ScopeText.parse("  Cluster = prod ;team=search, ads;  "));
    assertEquals(Scope.ALL, ScopeText.parse(" "));
    assertEquals(Scope.ALL, ScopeText.parse("ALL"));
  }

  @Test
  void namesWhatIsWrong() {
    assertEquals(
        "\"prod\" is not name=values; expected all, or clusters=prod,lab; namespaces=ml-*;"
            + " teams=search",
        assertThrows(IllegalArgumentException.class, () -> ScopeText.parse("prod")).getMessage());
    assertEquals(
        "unknown scope \"zones\": a scope narrows clusters, namespaces, teams or models",
        assertThrows(IllegalArgumentException.class, () -> ScopeText.parse("zones=a"))
            .getMessage());
    assertEquals(
        "clusters has an empty value in \"clusters=prod,\"",
        assertThrows(IllegalArgumentException.class, () -> ScopeText.parse("clusters=prod,"))
            .getMessage());
    assertEquals(
        "teams is given twice; list its values once: teams=a,b",
        assertThrows(IllegalArgumentException.class, () -> ScopeText.parse("teams=a; team=b"))
            .getMessage());
  }
}
