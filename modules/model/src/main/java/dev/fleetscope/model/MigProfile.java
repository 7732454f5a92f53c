package dev.fleetscope.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NVIDIA Multi-Instance GPU profile such as {@code 1g.10gb}: a number of the GPU's seven compute
 * slices and a framebuffer size. Kubernetes exposes them as resources named {@code
 * nvidia.com/mig-1g.10gb}.
 */
public record MigProfile(String name, int computeSlices, long memoryBytes) {
  /** A full A100/H100 has seven compute slices. */
  public static final int SLICES_PER_GPU = 7;

  private static final Pattern NAME = Pattern.compile("(\\d+)g\\.(\\d+)gb");

  public MigProfile {
    if (computeSlices < 1 || computeSlices > SLICES_PER_GPU) {
      throw new IllegalArgumentException(
          "a MIG profile has 1 to 7 compute slices, " + name + " has " + computeSlices);
    }
  }

  /** Parses {@code 3g.40gb} (also with the {@code nvidia.com/mig-} resource prefix). */
  public static MigProfile parse(String text) {
    String bare =
        text.startsWith("nvidia.com/mig-") ? text.substring("nvidia.com/mig-".length()) : text;
    Matcher m = NAME.matcher(bare);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a MIG profile (expected like 1g.10gb): " + text);
    }
    long gigabytes = Long.parseLong(m.group(2));
    return new MigProfile(bare, Integer.parseInt(m.group(1)), gigabytes * 1_000_000_000L);
  }

  /** Share of one GPU's compute this profile gets. */
  public double gpuFraction() {
    return computeSlices / (double) SLICES_PER_GPU;
  }

  public String resourceName() {
    return "nvidia.com/mig-" + name;
  }
}
