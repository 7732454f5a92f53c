package dev.fleetscope.packing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPU model names reduced to the family that decides what a pod can run on: {@code NVIDIA
 * A100-SXM4-40GB} and the price catalog's {@code A100} are both {@code A100}. Memory variants are
 * one family: a pod that needs the 80 GB card says so with a node selector.
 */
public final class GpuFamilies {
  private static final Pattern FAMILY =
      Pattern.compile("(?:NVIDIA\\s*|TESLA\\s*)*([A-Z]{1,2}\\d{1,3}[A-Z]?)");

  private GpuFamilies() {}

  /** The family of a model name, upper case; the trimmed name itself when no family is found. */
  public static String family(String model) {
    String upper = model.strip().toUpperCase(Locale.ROOT);
    Matcher m = FAMILY.matcher(upper);
    return m.lookingAt() ? m.group(1) : upper;
  }
}
