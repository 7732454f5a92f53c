package dev.fleetscope.runtime.changes;

import dev.fleetscope.model.change.AuditLog;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.store.SqliteAuditLog;
import java.nio.file.Path;
import java.time.Clock;

/**
 * How the console changes clusters.
 *
 * @param writers who writes to which cluster
 * @param auditFile the audit log (SQLite), shared with {@code fleetscope apply}, {@code rollback}
 *     and {@code audit}
 * @param readOnly started with {@code --read-only}: previews work, nothing is sent
 * @param observer told of recommendations and outcomes (the console's metrics)
 */
public record ChangeSetup(
    ClusterWriters writers, Path auditFile, boolean readOnly, RightsizingObserver observer) {

  /** The user's audit log in the per-user data folder. */
  public static ChangeSetup forUser(
      AppDirs dirs, ClusterWriters writers, boolean readOnly, RightsizingObserver observer) {
    return new ChangeSetup(
        writers, dirs.data().resolve(SqliteAuditLog.FILE_NAME), readOnly, observer);
  }

  /** Opens the audit log (file I/O: never on the FX thread). */
  public AuditLog openAudit() {
    return SqliteAuditLog.open(auditFile, Clock.systemUTC());
  }
}
