package dev.fleetscope.updates;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version (<a href="https://semver.org/spec/v2.0.0.html">SemVer 2.0.0</a>), as release
 * tags write it, a leading {@code v} tolerated ({@code v1.4.0-rc.1+build.7}).
 *
 * <p>{@link #compareTo} is SemVer precedence: major, minor and patch numerically, a pre-release
 * before its release, pre-release identifiers one by one (numeric ones numerically and before
 * alphanumeric ones, which compare in ASCII order; more identifiers win when all before are equal).
 * Build metadata takes no part in precedence, so two versions that differ only in it compare as 0
 * while not being {@code equals}.
 */
public record Version(long major, long minor, long patch, List<String> preRelease, String build)
    implements Comparable<Version> {

  private static final String NUMBER = "0|[1-9]\\d*";
  private static final String PRE_ID = "0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*";
  private static final Pattern SEMVER =
      Pattern.compile(
          "[vV]?(%1$s)\\.(%1$s)\\.(%1$s)(?:-((?:%2$s)(?:\\.(?:%2$s))*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?"
              .formatted(NUMBER, PRE_ID));

  public Version {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers cannot be negative");
    }
    preRelease = List.copyOf(preRelease);
    for (String identifier : preRelease) {
      if (!identifier.matches("(?:" + PRE_ID + ")")) {
        throw new IllegalArgumentException(
            "'" + identifier + "' is not a pre-release identifier (0-9A-Za-z-, no leading zeros)");
      }
    }
  }

  /**
   * @throws IllegalArgumentException naming the text when it is not a semantic version
   */
  public static Version parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + text
                        + "' is not a semantic version (MAJOR.MINOR.PATCH with an optional"
                        + " -pre-release and +build, e.g. 1.4.0 or v1.4.0-rc.1)"));
  }

  /** Empty when the text is not a semantic version (a tag such as {@code nightly}). */
  public static Optional<Version> tryParse(String text) {
    Matcher m = SEMVER.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Version(
              Long.parseLong(m.group(1)),
              Long.parseLong(m.group(2)),
              Long.parseLong(m.group(3)),
              m.group(4) == null ? List.of() : List.of(m.group(4).split("\\.")),
              m.group(5) == null ? "" : m.group(5)));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }

  public boolean isPreRelease() {
    return !preRelease.isEmpty();
  }

  @Override
  public int compareTo(Version other) {
    int c = Long.compare(major, other.major);
    if (c == 0) c = Long.compare(minor, other.minor);
    if (c == 0) c = Long.compare(patch, other.patch);
    if (c != 0) return c;
    if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
      // A release outranks any of its pre-releases.
      return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
    }
    for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
      c = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
      if (c != 0) return c;
    }
    return Integer.compare(preRelease.size(), other.preRelease.size());
  }

  private static int compareIdentifiers(String a, String b) {
    boolean aNumeric = isNumeric(a);
    boolean bNumeric = isNumeric(b);
    if (aNumeric && bNumeric) {
      // No leading zeros (the grammar forbids them), so the longer number is the larger one.
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    if (aNumeric != bNumeric) {
      return aNumeric ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isNumeric(String identifier) {
    return identifier.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  /** The canonical form, without a leading {@code v}: {@code 1.4.0-rc.1+build.7}. */
  @Override
  public String toString() {
    String text = major + "." + minor + "." + patch;
    if (!preRelease.isEmpty()) text += "-" + String.join(".", preRelease);
    return build.isEmpty() ? text : text + "+" + build;
  }
}
