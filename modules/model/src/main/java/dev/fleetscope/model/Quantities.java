package dev.fleetscope.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities ({@code 250m}, {@code 1.5}, {@code 512Mi}, {@code 1e9}) to and
 * from plain numbers. Rounding to quantities happens only when a patch is written, and always up,
 * so a rounded request never undercuts the number it came from.
 */
public final class Quantities {
  private static final Pattern QUANTITY =
      Pattern.compile(
          "([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?");
  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  private Quantities() {}

  /** The quantity as a plain number ({@code 250m} is 0.25, {@code 1Ki} is 1024). */
  public static BigDecimal parse(String quantity) {
    Matcher m = QUANTITY.matcher(quantity.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a Kubernetes quantity: '" + quantity + "'");
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String suffix = m.group(2) == null ? "" : m.group(2);
    return switch (suffix) {
      case "" -> number;
      case "n" -> number.scaleByPowerOfTen(-9);
      case "u" -> number.scaleByPowerOfTen(-6);
      case "m" -> number.scaleByPowerOfTen(-3);
      case "k" -> number.scaleByPowerOfTen(3);
      case "M" -> number.scaleByPowerOfTen(6);
      case "G" -> number.scaleByPowerOfTen(9);
      case "T" -> number.scaleByPowerOfTen(12);
      case "P" -> number.scaleByPowerOfTen(15);
      case "E" -> number.scaleByPowerOfTen(18);
      default ->
          number.multiply(BigDecimal.valueOf(2).pow(10 * ("KMGTPE".indexOf(suffix.charAt(0)) + 1)));
    };
  }

  public static double parseCores(String quantity) {
    return parse(quantity).doubleValue();
  }

  /** Bytes, rounded up to a whole byte as the API server does. */
  public static long parseBytes(String quantity) {
    return parse(quantity).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /**
   * Cores as a quantity, rounded up to a whole millicore: 0.2501 gives {@code 251m}, 2 gives {@code
   * 2}.
   */
  public static String formatCores(double cores) {
    long millis = (long) Math.ceil(cores * 1000 - 1e-9);
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
  }

  /**
   * Bytes as a quantity, rounded up to a whole MiB: {@code 512Mi}, or {@code 2Gi} when it divides
   * evenly.
   */
  public static String formatBytes(long bytes) {
    long mebibytes = Math.ceilDiv(bytes, MIB);
    return mebibytes * MIB % GIB == 0 && mebibytes > 0
        ? mebibytes * MIB / GIB + "Gi"
        : mebibytes + "Mi";
  }
}
