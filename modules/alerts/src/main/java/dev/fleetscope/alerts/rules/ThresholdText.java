package dev.fleetscope.alerts.rules;

import dev.fleetscope.alerts.RuleKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A threshold as an editor shows it, in its kind's unit: {@code 50} (%) for a fraction of 0.5,
 * {@code 1.5} (×) for a ratio, {@code 2} for runs, kills or minutes. A unit typed after the number
 * ({@code 50%}, {@code 1.5×}, {@code 2 runs}) is accepted.
 */
public final class ThresholdText {
  private static final Pattern FORM =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*(%|×|x|runs?|kills?|min)?\\s*");

  private ThresholdText() {}

  /** The unit an editor writes beside the field: {@code %}, {@code ×}, {@code runs}. */
  public static String unit(RuleKind kind) {
    return switch (kind.unit()) {
      case FRACTION -> "%";
      case RATIO -> "×";
      case RUNS -> "runs";
      case KILLS -> "kills";
      case MINUTES -> "min";
    };
  }

  public static String format(RuleKind kind, double threshold) {
    double shown = kind.unit() == RuleKind.Unit.FRACTION ? threshold * 100 : threshold;
    // whole numbers without ".0"; otherwise as few decimals as read back the same
    String text = String.format(Locale.ROOT, "%.4f", shown).replaceAll("\\.?0+$", "");
    return text.isEmpty() ? "0" : text;
  }

  /** The threshold {@code text} stands for; throws naming the expected form or the kind's range. */
  public static double parse(RuleKind kind, String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a number of "
              + unit(kind)
              + ", such as "
              + example(kind)
              + ", was \""
              + text
              + "\"");
    }
    double value = Double.parseDouble(m.group(1));
    double threshold = kind.unit() == RuleKind.Unit.FRACTION ? value / 100 : value;
    kind.thresholdProblem(threshold)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(
                  kind.unit() == RuleKind.Unit.FRACTION
                      ? "expected a percentage between 0 and 100, was " + m.group(1)
                      : p);
            });
    return threshold;
  }

  private static String example(RuleKind kind) {
    return format(kind, DefaultRules.of(kind).threshold());
  }
}
