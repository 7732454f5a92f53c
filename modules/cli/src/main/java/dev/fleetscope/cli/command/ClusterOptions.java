package dev.fleetscope.cli.command;

import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.store.SqliteAuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

  Kubeconfig kubeconfig() {
    return kubeconfigs.isEmpty() ? Kubeconfig.fromEnvironment() : Kubeconfig.load(kubeconfigs);
  }

  Connections connections() {
    return new Connections(new ClusterConnector(kubeconfig(), readOnly));
  }

  SqliteAuditLog openAudit() {
    Path dir = dataDir != null ? dataDir : AppDirs.forCurrentUser().data();
    return SqliteAuditLog.open(dir.resolve(SqliteAuditLog.FILE_NAME), Clock.systemUTC());
  }
}
