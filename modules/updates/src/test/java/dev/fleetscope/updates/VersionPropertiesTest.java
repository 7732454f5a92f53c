package dev.fleetscope.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VersionPropertiesTest {

  @Property
  void theCanonicalTextParsesBackToTheSameVersion(@ForAll("versions") Version v) {
    assertEquals(v, Version.parse(v.toString()));
    assertEquals(v, Version.parse("v" + v));
  }

  @Property
  void precedenceIsAntisymmetric(@ForAll("versions") Version a, @ForAll("versions") Version b) {
    assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
  }

  @Property
  void precedenceIsTransitive(
      @ForAll("versions") Version a, @ForAll("versions") Version b, @ForAll("versions") Version c) {
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertTrue(a.compareTo(c) <= 0, a + " <= " + b + " <= " + c);
    }
  }

  @Property
  void aPreReleaseComesBeforeItsRelease(@ForAll("versions") Version v) {
    Version release = new Version(v.major(), v.minor(), v.patch(), List.of(), "");
    assertTrue(v.compareTo(release) <= 0);
    assertEquals(v.isPreRelease(), v.compareTo(release) < 0);
  }

  @Provide
  Arbitrary<Version> versions() {
    Arbitrary<Long> number = Arbitraries.longs().between(0, 12);
    Arbitrary<String> identifier =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 20).map(String::valueOf),
            Arbitraries.of("alpha", "beta", "rc", "SNAPSHOT", "x-1", "0a"));
    Arbitrary<List<String>> preRelease = identifier.list().ofMaxSize(3);
    Arbitrary<String> build = Arbitraries.of("", "build.7", "sha-1f2e");
    return Combinators.combine(number, number, number, preRelease, build).as(Version::new);
  }
}
