package dev.fleetscope.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void ordersTheSemVerSpecificationsExampleChain() {
    // SemVer 2.0.0, section 11: each one has lower precedence than the next.
    List<String> chain =
        List.of(
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "2.0.0",
            "2.1.0",
            "2.1.1");
    List<Version> shuffled = new ArrayList<>(chain.stream().map(Version::parse).toList());
    Collections.shuffle(shuffled, new Random(14));
    Collections.sort(shuffled);
    assertEquals(chain, shuffled.stream().map(Version::toString).toList());
  }

  @Test
  void comparesNumbersNumericallyNotAsText() {
    assertTrue(Version.parse("0.10.0").compareTo(Version.parse("0.9.0")) > 0);
    assertTrue(
        Version.parse("1.0.0-rc.100000000000000000000")
                .compareTo(Version.parse("1.0.0-rc.99999999999999999999"))
            > 0);
  }

  @Test
  void toleratesALeadingVAndIgnoresBuildMetadataInPrecedence() {
    Version tagged = Version.parse("v1.4.0-rc.1+build.7");
    assertEquals("1.4.0-rc.1+build.7", tagged.toString());
    assertEquals(List.of("rc", "1"), tagged.preRelease());
    assertEquals(0, tagged.compareTo(Version.parse("1.4.0-rc.1+other")));
  }

  @Test
  void aSnapshotBuildIsOlderThanItsRelease() {
    assertTrue(Version.parse("0.1.0-SNAPSHOT").compareTo(Version.parse("0.1.0")) < 0);
  }

  @Test
  void rejectsWhatIsNotASemanticVersionNamingTheText() {
    for (String bad :
        List.of("1.2", "01.2.3", "1.2.3-01", "1.2.3-", "1.2.3+", "latest", "vv1.2.3", "1.2.3.4")) {
      var e = assertThrows(IllegalArgumentException.class, () -> Version.parse(bad), bad);
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }
}
