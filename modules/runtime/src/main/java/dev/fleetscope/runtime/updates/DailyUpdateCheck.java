package dev.fleetscope.runtime.updates;

import dev.fleetscope.runtime.Host;
import dev.fleetscope.updates.DailyThrottle;
import dev.fleetscope.updates.UpdateCheckException;
import dev.fleetscope.updates.UpdateChecker;
import dev.fleetscope.updates.UpdateStatus;
import dev.fleetscope.updates.Version;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's update check: at most once a day (the time of the last one kept in the data
 * folder), quiet about every failure (offline, a feed that errs or is malformed: a line in the log,
 * nothing on screen), and only ever telling of a newer release, never fetching one.
 */
public final class DailyUpdateCheck {
  /** Fleetscope's releases, as GitHub's "list releases" API serves them. */
  public static final String FEED = "https://api.github.com/repos/fleetscope/fleetscope/releases";

  /** A console that never asks (tests, a build without a version). */
  public static final DailyUpdateCheck OFF = new DailyUpdateCheck(null, null, null, null);

  private static final Logger LOG = LoggerFactory.getLogger(DailyUpdateCheck.class);

  private final UpdateChecker checker;
  private final Version current;
  private final LastUpdateCheck last;
  private final Clock clock;

  private DailyUpdateCheck(
      UpdateChecker checker, Version current, LastUpdateCheck last, Clock clock) {
    this.checker = checker;
    this.current = current;
    this.last = last;
    this.clock = clock;
  }

  /**
   * Asks {@code feed} about {@code runningVersion} with the host's clock and data folder; {@link
   * #OFF} when the running version is not a semantic version (a build without its version stamp).
   */
  public static DailyUpdateCheck of(Host host, String runningVersion, HttpUrl feed) {
    return Version.tryParse(runningVersion)
        .map(
            v ->
                new DailyUpdateCheck(
                    new UpdateChecker(new OkHttpClient(), feed, UpdateChecker.DEADLINE),
                    v,
                    new LastUpdateCheck(host.dirs()),
                    host.clock()))
        .orElse(OFF);
  }

  public boolean isOff() {
    return checker == null;
  }

  /**
   * Blocking (up to {@link UpdateChecker#DEADLINE}); call it off the FX thread. Asks the feed when
   * a day has passed since the last attempt and records this one first, so a feed that hangs or
   * fails is not asked again on every start.
   *
   * @return the feed's answer when it offers a newer release; empty when not due, on any failure,
   *     or when the running version is the latest
   */
  public Optional<UpdateStatus> newerReleaseIfDue() {
    if (isOff()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (!DailyThrottle.due(last.read(), now)) {
      return Optional.empty();
    }
    try {
      last.record(now);
    } catch (IOException e) {
      LOG.info("Update check skipped: cannot record it in {}: {}", last.file(), e.getMessage());
      return Optional.empty();
    }
    try {
      UpdateStatus status = checker.check(current, false);
      LOG.info("Update check: {}", status.summary());
      return status.newer() ? Optional.of(status) : Optional.empty();
    } catch (UpdateCheckException e) {
      LOG.info("Update check failed: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
