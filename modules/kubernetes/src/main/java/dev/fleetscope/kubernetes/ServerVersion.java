package dev.fleetscope.kubernetes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes server version from {@code /version}'s {@code gitVersion} ({@code
 * v1.33.2-eks-1a2b3c}).
 */
public record ServerVersion(String gitVersion, int major, int minor) {
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+).*");

  public static Optional<ServerVersion> parse(String gitVersion) {
    Matcher m = VERSION.matcher(gitVersion);
    return m.matches()
        ? Optional.of(
            new ServerVersion(
                gitVersion, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  /** In-place pod resize through the {@code resize} subresource is on by default from 1.33. */
  public boolean supportsInPlaceResize() {
    return atLeast(1, 33);
  }

  /**
   * A suspended Job's pod template resources may change from 1.36 (KEP-5440 beta, on by default).
   */
  public boolean allowsSuspendedJobResources() {
    return atLeast(1, 36);
  }

  private boolean atLeast(int wantedMajor, int wantedMinor) {
    return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
  }
}
