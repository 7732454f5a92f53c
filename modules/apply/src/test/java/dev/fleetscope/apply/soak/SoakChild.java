package dev.fleetscope.apply.soak;

import dev.fleetscope.apply.ApplyListener;
import dev.fleetscope.apply.ApplyOptions;
import dev.fleetscope.apply.RunControl;
import dev.fleetscope.apply.RunExecutor;
import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.kubernetes.KubernetesClusterWriter;
import dev.fleetscope.store.SqliteAuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The child JVM of {@link ApplyKillSoakFabric8CrudIT}: one audited batch apply of a soak round, as
 * the command line runs it (SQLite audit log, Kubernetes writer). Prints {@code READY} just before
 * the run starts, so the parent times its kill from there, and {@code DONE} when the run ended.
 *
 * <p>Arguments: kubeconfig, audit log file, lane, round.
 */
public final class SoakChild {
  private SoakChild() {}

  public static void main(String[] args) throws Exception {
    KubernetesClusterWriter writer =
        new KubernetesClusterWriter(
            new Connections(
                new ClusterConnector(Kubeconfig.load(List.of(Path.of(args[0]))), false)));
    SoakRound round = new SoakRound(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    try (SqliteAuditLog log = SqliteAuditLog.open(Path.of(args[1]), Clock.systemUTC())) {
      RunExecutor executor =
          new RunExecutor(writer, log, new ApplyOptions(2, Duration.ZERO, Duration.ofSeconds(20)));
      System.out.println("READY");
      System.out.flush();
      executor.execute(round.description(), round.changes(), ApplyListener.NONE, new RunControl());
    }
    System.out.println("DONE");
    System.out.flush();
    System.exit(0);
  }
}
