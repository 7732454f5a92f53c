package dev.fleetscope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a JVM in a container and reads its memory flags.
 *
 * <p>A container is a JVM when its image is a Java runtime's (eclipse-temurin, openjdk,
 * amazoncorretto and the like), its command runs {@code java}, or a heap flag appears in its
 * command, args or in {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or {@code JAVA_OPTS}.
 * Flags are read in the order the JVM applies them (the environment first, then the command line),
 * the last one winning.
 *
 * <p>The overhead beside the heap is the budget of the Paketo buildpacks' Java memory calculator,
 * each part replaced by its flag when one is given: metaspace 128 MiB ({@code
 * -XX:MaxMetaspaceSize}), code cache 240 MiB ({@code -XX:ReservedCodeCacheSize}), 250 thread stacks
 * of 1 MiB ({@code -Xss}, {@code -XX:ThreadStackSize}), direct buffers 10 MiB ({@code
 * -XX:MaxDirectMemorySize}): 628 MiB without flags.
 */
public final class JvmOptions {
  public static final long DEFAULT_METASPACE = 128L << 20;
  public static final long DEFAULT_CODE_CACHE = 240L << 20;
  public static final long DEFAULT_STACK = 1L << 20;
  public static final int THREADS = 250;
  public static final long DEFAULT_DIRECT = 10L << 20;

  private static final List<String> ENVIRONMENT =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_OPTS");

  /** Words of an image repository that name a Java runtime ({@code eclipse-temurin}: temurin). */
  private static final Set<String> RUNTIME_WORDS =
      Set.of(
          "openjdk",
          "temurin",
          "corretto",
          "amazoncorretto",
          "zulu",
          "liberica",
          "graalvm",
          "semeru",
          "sapmachine",
          "jdk",
          "jre",
          "java");

  private static final Pattern SIZE = Pattern.compile("(\\d+)([kKmMgGtT]?)");

  private JvmOptions() {}

  /** The container's JVM memory, or empty when nothing says it runs a JVM. */
  public static Optional<JvmMemory> detect(
      String image, List<String> command, List<String> args, Map<String, String> env) {
    List<String> flags = new ArrayList<>();
    String flagSource = "";
    for (String variable : ENVIRONMENT) {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) {
        List<String> split = List.of(value.trim().split("\\s+"));
        flags.addAll(split);
        if (split.stream().anyMatch(JvmOptions::heapFlag)) {
          flagSource = " in " + variable;
        }
      }
    }
    List<String> commandLine = new ArrayList<>(command);
    commandLine.addAll(args);
    for (String word : commandLine) {
      // a shell's "-c" script is one word: its flags count too
      List<String> split = List.of(word.trim().split("\\s+"));
      flags.addAll(split);
      if (split.stream().anyMatch(JvmOptions::heapFlag)) {
        flagSource = " in the command";
      }
    }
    Optional<String> runtimeImage = runtimeImage(image);
    boolean runsJava =
        commandLine.stream()
            .flatMap(w -> List.of(w.trim().split("\\s+")).stream())
            .anyMatch(w -> w.equals("java") || w.endsWith("/java"));
    String heapFlag = flags.stream().filter(JvmOptions::heapFlag).reduce((a, b) -> b).orElse("");
    if (heapFlag.isEmpty() && runtimeImage.isEmpty() && !runsJava) {
      return Optional.empty();
    }
    String evidence =
        !heapFlag.isEmpty()
            ? heapFlag + flagSource
            : runtimeImage.map(i -> "image " + i).orElse("command runs java");
    return Optional.of(of(flags, evidence));
  }

  /** The memory the flags give, the last of each winning. */
  public static JvmMemory of(List<String> flags, String evidence) {
    OptionalLong heap = OptionalLong.empty();
    double fraction = JvmMemory.DEFAULT_MAX_RAM_FRACTION;
    long metaspace = DEFAULT_METASPACE;
    long codeCache = DEFAULT_CODE_CACHE;
    long stack = DEFAULT_STACK;
    long direct = DEFAULT_DIRECT;
    for (String flag : flags) {
      if (flag.startsWith("-Xmx")) {
        heap = size(flag.substring(4)).map(OptionalLong::of).orElse(heap);
      } else if (flag.startsWith("-XX:MaxHeapSize=")) {
        heap = size(after(flag)).map(OptionalLong::of).orElse(heap);
      } else if (flag.startsWith("-XX:MaxRAMPercentage=")) {
        fraction = percentage(after(flag)).orElse(fraction);
      } else if (flag.startsWith("-XX:MaxMetaspaceSize=")) {
        metaspace = size(after(flag)).orElse(metaspace);
      } else if (flag.startsWith("-XX:ReservedCodeCacheSize=")) {
        codeCache = size(after(flag)).orElse(codeCache);
      } else if (flag.startsWith("-Xss")) {
        stack = size(flag.substring(4)).orElse(stack);
      } else if (flag.startsWith("-XX:ThreadStackSize=")) {
        stack = size(after(flag)).map(kib -> kib << 10).orElse(stack);
      } else if (flag.startsWith("-XX:MaxDirectMemorySize=")) {
        direct = size(after(flag)).orElse(direct);
      }
    }
    return new JvmMemory(
        heap, fraction, metaspace + codeCache + stack * THREADS + direct, evidence);
  }

  private static boolean heapFlag(String flag) {
    return flag.startsWith("-Xmx")
        || flag.startsWith("-XX:MaxHeapSize=")
        || flag.startsWith("-XX:MaxRAMPercentage=");
  }

  private static Optional<String> runtimeImage(String image) {
    String lower = image.toLowerCase(Locale.ROOT);
    int tag = lower.lastIndexOf(':');
    String repository = tag > lower.lastIndexOf('/') ? lower.substring(0, tag) : lower;
    return List.of(repository.split("[/._-]")).stream().anyMatch(RUNTIME_WORDS::contains)
        ? Optional.of(image)
        : Optional.empty();
  }

  private static String after(String flag) {
    return flag.substring(flag.indexOf('=') + 1);
  }

  /** {@code 2g}, {@code 512m}, {@code 1024k}, {@code 1073741824}: bytes, as the JVM reads them. */
  static Optional<Long> size(String text) {
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    long value = Long.parseLong(m.group(1));
    int shift =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    return Optional.of(value << shift);
  }

  private static Optional<Double> percentage(String text) {
    try {
      double pct = Double.parseDouble(text);
      return pct > 0 && pct <= 100 ? Optional.of(pct / 100) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
