package dev.fleetscope.cli.command;

import dev.fleetscope.runtime.Host;
import dev.fleetscope.simulator.PrometheusExposition;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code fleetscope simulate --listen 127.0.0.1:9464}: the demo fleet as exporters would serve it,
 * for Prometheus.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Serve the demo fleet as Prometheus metrics (cAdvisor, kube-state-metrics and DCGM names) until stopped.")
public final class SimulateCommand implements Callable<Integer> {
  /** A host and port such as {@code 127.0.0.1:9464}. */
  public record Address(String host, int port) {}

  public static final class AddressConverter implements ITypeConverter<Address> {
    @Override
    public Address convert(String value) {
      int colon = value.lastIndexOf(':');
      if (colon <= 0) {
        throw new TypeConversionException(
            "'" + value + "' is not HOST:PORT (for example 127.0.0.1:9464)");
      }
      try {
        int port = Integer.parseInt(value.substring(colon + 1));
        if (port < 0 || port > 65535) {
          throw new NumberFormatException();
        }
        return new Address(value.substring(0, colon), port);
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value.substring(colon + 1) + "' is not a port number (0-65535)");
      }
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--listen",
      required = true,
      paramLabel = "HOST:PORT",
      converter = AddressConverter.class,
      description = "Where to serve /metrics, e.g. 127.0.0.1:9464 (port 0 picks a free one).")
  Address listen;

  @Option(
      names = "--seed",
      description =
          "Demo fleet seed (same seed, same fleet and numbers). Default: ${DEFAULT-VALUE}.")
  long seed = Simulator.DEFAULT_SEED;

  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Host host;

  public SimulateCommand(Host host) {
    this.host = host;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Simulator simulator = new Simulator(seed, host.clock());
    PrometheusExposition started;
    try {
      started = PrometheusExposition.start(simulator, listen.host(), listen.port());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--listen "
              + listen.host()
              + ":"
              + listen.port()
              + ": cannot serve there: "
              + e.getMessage(),
          e);
    }
    try (PrometheusExposition exposition = started) {
      out.printf(
          "Serving the demo fleet (%d workloads, %d containers) at http://%s:%d/metrics — Ctrl+C to stop%n",
          simulator.workloadCount(), simulator.containerCount(), listen.host(), exposition.port());
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return ExitCode.OK;
  }

  /** Stops serving; for tests. */
  void stop() {
    stopped.countDown();
  }
}
