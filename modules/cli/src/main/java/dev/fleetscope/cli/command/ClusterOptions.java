package dev.fleetscope.cli.command;

import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.store.SqliteAuditLog;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where clusters and the audit log are: options shared by {@code apply}, {@code rollback} and
 * {@code audit}.
 */
public final class ClusterOptions {
  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description =
          "Kubeconfig file(s), merged in order like KUBECONFIG (default: $KUBECONFIG or ~/.kube/config).")
  List<Path> kubeconfigs = List.of();

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Folder of the audit log (default: the user's Fleetscope data folder, e.g. ~/.local/share/fleetscope).")
  Path dataDir;

  @Option(
      names = "--read-only",
      description = "Refuse every write to every cluster at the HTTP layer.")
  boolean readOnly;

  @Mixin TimeoutOption timeout = new TimeoutOption();

  Kubeconfigs kubeconfig(Host host) {
    return Kubeconfigs.load(kubeconfigs, host.environment());
  }

  /**
   * The contexts, connected on first use with {@code --timeout}'s deadlines. At a terminal an exec
   * credential plugin may prompt (see {@link ChangeSession#signIn}).
   */
  Connections connections(Kubeconfigs kubeconfig, Host host) {
    return new Connections(
        new ClusterConnector(
            kubeconfig.kubeconfig(),
            readOnly,
            timeout.or(Deadlines.DEFAULT),
            System.console() != null,
            host.clock()));
  }

  /** The audit log in {@code --data-dir}, else in the user's data folder. */
  SqliteAuditLog openAudit(Host host) {
    Path dir = dataDir != null ? dataDir : host.dirs().data();
    return SqliteAuditLog.open(dir.resolve(SqliteAuditLog.FILE_NAME), host.clock());
  }
}
