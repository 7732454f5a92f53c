package dev.fleetscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line's outputs on fixed inputs, byte for byte, against files recorded before the
 * console, the command line and their services were split into modules: a refactoring must not
 * change what a script reads. Regenerate after an intended change with {@code -Dgolden.update=true}
 * and review the diff.
 */
class CommandLineGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Instant NOW = Instant.parse("2026-11-23T09:10:00Z");

  /** The test run's config folder (set by surefire), a clock fixed at {@link #NOW}. */
  private static final Composition TEST =
      new Composition(
          Host.at(AppDirs.forCurrentUser()).withClock(Clock.fixed(NOW, ZoneOffset.UTC)));

  @TempDir static Path inputs;

  @BeforeAll
  static void writeInputs() throws IOException {
    Random random = new Random(7);
    StringBuilder samples = new StringBuilder("container,timestamp,cpu_cores,memory_bytes\n");
    String[] containers = {
      "prod/ml/ranker/api", "prod/ml/ranker/sidecar", "prod/batch/features/job"
    };
    for (int minute = 0; minute < 3 * 24 * 60; minute++) {
      for (int c = 0; c < containers.length; c++) {
        double cpu = 0.2 * (c + 1) + 0.1 * Math.sin(minute / 180.0) + 0.05 * random.nextDouble();
        long memory = (long) ((c + 1) * 300e6 + 20e6 * random.nextDouble());
        samples
            .append(containers[c])
            .append(',')
            .append(1_700_000_000L + 60L * minute)
            .append(',')
            .append(String.format(Locale.ROOT, "%.4f", cpu))
            .append(',')
            .append(memory)
            .append('\n');
      }
    }
    Files.writeString(inputs.resolve("samples.csv"), samples);
    Files.writeString(inputs.resolve("reference.csv"), driftRows(new Random(11), 0.0));
    Files.writeString(inputs.resolve("current.csv"), driftRows(new Random(13), 0.4));
    Files.writeString(
        inputs.resolve("pods.csv"),
        """
        pod,cpu,memory_bytes,gpus,gpu_model,zone
        api-1,1.5,4Gi,,,
        api-2,1.5,4Gi,,,
        api-3,1.5,4Gi,,,
        worker-1,500m,1073741824,,,us-east-1a
        infer-1,4,16Gi,1,NVIDIA L4,
        train-1,32,256Gi,8,A100,
        """);
    Files.writeString(
        inputs.resolve("types.csv"),
        """
        name,cpu,memory_bytes,gpus,gpu_model,max_pods,price_per_hour,zone
        m6i.xlarge,3.92,14Gi,0,,58,0.192,
        m6i.2xlarge,7.91,29Gi,0,,58,0.384,
        g6.2xlarge,7.91,29Gi,1,L4,58,0.9776,
        """);
  }

  private static String driftRows(Random random, double shift) {
    StringBuilder csv = new StringBuilder("basket_value,items,market\n");
    String[] markets = {"de", "fr", "it", "es"};
    for (int i = 0; i < 2_000; i++) {
      csv.append(String.format(Locale.ROOT, "%.3f", 40 + 10 * (random.nextGaussian() + shift)))
          .append(',')
          .append(1 + random.nextInt(shift > 0 ? 9 : 8))
          .append(',')
          .append(markets[random.nextInt(shift > 0 ? 4 : 3)])
          .append('\n');
    }
    return csv.toString();
  }

  static Stream<Arguments> commands() {
    String samples = "$IN/samples.csv";
    String focus = "../modules/cli/src/test/resources/focus/tagged-gpu-cluster.csv";
    return Stream.of(
        Arguments.of("help", new String[] {"--help"}),
        Arguments.of("help-recommend", new String[] {"recommend", "--help"}),
        Arguments.of("help-apply", new String[] {"apply", "--help"}),
        Arguments.of("help-rollback", new String[] {"rollback", "--help"}),
        Arguments.of("help-audit", new String[] {"audit", "--help"}),
        Arguments.of("help-cost", new String[] {"cost", "--help"}),
        Arguments.of("help-prices", new String[] {"prices", "--help"}),
        Arguments.of("help-drift", new String[] {"drift", "--help"}),
        Arguments.of("help-pipelines", new String[] {"pipelines", "--help"}),
        Arguments.of("help-simulate", new String[] {"simulate", "--help"}),
        Arguments.of("help-serving", new String[] {"serving", "--help"}),
        Arguments.of(
            "serving-demo-table",
            new String[] {"serving", "--demo", "--end", "2026-11-23T09:00:00Z"}),
        Arguments.of(
            "serving-demo-json",
            new String[] {
              "serving",
              "--demo",
              "--end",
              "2026-11-23T09:00:00Z",
              "--window",
              "24h",
              "--format",
              "json"
            }),
        Arguments.of("help-pack", new String[] {"pack", "--help"}),
        Arguments.of("help-nodes", new String[] {"nodes", "--help"}),
        Arguments.of(
            "pack-table",
            new String[] {"pack", "--pods", "$IN/pods.csv", "--instance-types", "$IN/types.csv"}),
        Arguments.of(
            "pack-json",
            new String[] {
              "pack",
              "--pods",
              "$IN/pods.csv",
              "--instance-types",
              "$IN/types.csv",
              "--format",
              "json"
            }),
        Arguments.of("nodes-demo-table", new String[] {"nodes", "--demo"}),
        Arguments.of("help-update", new String[] {"update", "--help"}),
        Arguments.of("help-alerts", new String[] {"alerts", "--help"}),
        Arguments.of("help-trigger", new String[] {"trigger", "--help"}),
        Arguments.of("recommend-table", new String[] {"recommend", "--samples", samples}),
        Arguments.of(
            "recommend-json", new String[] {"recommend", "--samples", samples, "--format", "json"}),
        Arguments.of(
            "recommend-csv", new String[] {"recommend", "--samples", samples, "--format", "csv"}),
        Arguments.of(
            "recommend-vpa-json",
            new String[] {
              "recommend", "--samples", samples, "--strategy", "vpa", "--format", "json"
            }),
        Arguments.of(
            "drift-table",
            new String[] {
              "drift", "--reference", "$IN/reference.csv", "--current", "$IN/current.csv"
            }),
        Arguments.of(
            "drift-json",
            new String[] {
              "drift",
              "--reference",
              "$IN/reference.csv",
              "--current",
              "$IN/current.csv",
              "--format",
              "json"
            }),
        Arguments.of("cost-table", new String[] {"cost", "--focus", focus}),
        Arguments.of(
            "cost-json-by-team",
            new String[] {"cost", "--focus", focus, "--group-by", "tag:team", "--format", "json"}),
        Arguments.of("cost-csv", new String[] {"cost", "--focus", focus, "--format", "csv"}),
        Arguments.of("prices-aws", new String[] {"prices", "--provider", "aws"}),
        Arguments.of("prices-json", new String[] {"prices", "--format", "json"}),
        Arguments.of("pipelines-table", new String[] {"pipelines", "--since", "1d"}),
        Arguments.of(
            "pipelines-json", new String[] {"pipelines", "--since", "7d", "--format", "json"}),
        Arguments.of("alerts-demo-json", new String[] {"alerts", "--demo", "--format", "json"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void outputIsWhatItWasBeforeTheSplit(String name, String[] template) throws IOException {
    String[] args =
        Stream.of(template).map(a -> a.replace("$IN", inputs.toString())).toArray(String[]::new);
    String actual = lf(run(args));
    Path golden = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        lf(Files.readString(golden, StandardCharsets.UTF_8)),
        actual,
        "fleetscope " + String.join(" ", template));
  }

  /** Windows ends the help's lines with CRLF; the goldens hold LF: the same text either way. */
  @org.junit.jupiter.api.Test
  void comparesTheTextWhateverTheLineEnds() throws IOException {
    String windows = run(new String[] {"--help"}).replace("\r\n", "\n").replace("\n", "\r\n");
    assertEquals(
        lf(Files.readString(GOLDEN.resolve("help.txt"), StandardCharsets.UTF_8)), lf(windows));
  }

  /**
   * Line ends as {@code \n}: picocli and the writers end lines with the platform's separator
   * ({@code \r\n} on Windows), and a checkout may convert the goldens; the text is what is pinned.
   * CSV's own CRLF record ends count as line ends here too.
   */
  static String lf(String text) {
    return text.replace("\r\n", "\n");
  }

  /** Exit code, stdout and stderr as one text, with the inputs' folder written as $IN. */
  private String run(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Fleetscope.commandLine(args, TEST);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return ("exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err)
        .replace(inputs.toString(), "$IN");
  }
}
