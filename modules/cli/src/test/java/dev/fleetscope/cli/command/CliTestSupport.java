package dev.fleetscope.cli.command;

import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs a command as the command line would and keeps what it printed. */
final class CliTestSupport {
  /** The host commands run with in tests: the test run's config folder, the system clock. */
  static final Host HOST = Host.at(AppDirs.forCurrentUser());

  record Result(int exitCode, String out, String err) {}

  private CliTestSupport() {}

  /** A loopback port nothing listens on: a connection to it is refused. */
  static int closedPort() throws java.io.IOException {
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static Result run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CommandLines.configure(new CommandLine(command));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * A PLAN.json with one recommendation per workload for container api, as recommend --format json
   * writes it.
   */
  static Path plan(Path dir, String... workloadCpuMemory) throws Exception {
    StringBuilder recs = new StringBuilder();
    for (int i = 0; i < workloadCpuMemory.length; i += 3) {
      recs.append(recs.isEmpty() ? "" : ",")
          .append(
              """
          {"container":"prod/ml/%s/api","cpu":{"request":%s,"limit":null},"memory":{"request":%s,"limit":%s},
           "replay":{"cpuOverRequestShare":0.004,"samplesOverMemoryLimit":0},"confidence":0.92,"reason":"steady for 14 days"}"""
                  .formatted(
                      workloadCpuMemory[i],
                      workloadCpuMemory[i + 1],
                      workloadCpuMemory[i + 2],
                      workloadCpuMemory[i + 2]));
    }
    Path file = dir.resolve("PLAN.json");
    Files.writeString(file, "{\"recommendations\":[" + recs + "]}");
    return file;
  }

  /** Samples whose memory peak is {@code peakBytes} for each named workload's api container. */
  static Path samples(Path dir, double peakBytes, String... workloads) throws Exception {
    StringBuilder csv = new StringBuilder("container,timestamp,cpu_cores,memory_bytes\n");
    for (String w : workloads) {
      csv.append("prod/ml/")
          .append(w)
          .append("/api,1700000000,0.1,")
          .append((long) peakBytes)
          .append('\n');
    }
    Path file = dir.resolve("samples.csv");
    Files.writeString(file, csv);
    return file;
  }
}
