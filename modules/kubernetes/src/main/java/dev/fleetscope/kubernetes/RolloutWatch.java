package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.RolloutState;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import okhttp3.Response;

/**
 * Follows a rollout: reads the workload, and while it is progressing watches it (a field-selected
 * watch from the read's resourceVersion) until it completes, fails or the wait is over. A watch
 * that ends or expires ({@code 410 Gone}) is replaced by a fresh read. In-place resizes are
 * followed by reading the pods, every 100 ms at first and every second at most.
 */
final class RolloutWatch {
  private static final long MAX_WATCH_SECONDS = 30;

  /** The watch request itself was refused. */
  private static final RolloutState REFUSED = new RolloutState.Progressing("watch refused");

  private final ClusterConnection connection;
  private final WorkloadReader reader;

  RolloutWatch(ClusterConnection connection, WorkloadReader reader) {
    this.connection = connection;
    this.reader = reader;
  }

  RolloutState await(WorkloadRef ref, ApplyMethod method, Duration wait)
      throws ClusterWriteException, InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    long pollMillis = 100;
    while (true) {
      JsonNode workload = reader.object(ref);
      RolloutState state =
          method == ApplyMethod.IN_PLACE
              ? resize(reader.pods(ref, workload))
              : RolloutStatus.of(workload, ref.kind());
      long remaining = deadline - System.nanoTime();
      if (!(state instanceof RolloutState.Progressing) || remaining <= 0) {
        return state;
      }
      if (method == ApplyMethod.IN_PLACE) {
        pollMillis = pause(pollMillis, deadline);
        continue;
      }
      RolloutState watched =
          watch(ref, workload.at("/metadata/resourceVersion").asText(), remaining);
      if (watched == REFUSED) {
        // a server that will not watch (or a stand-in that watches over WebSocket only) is read
        // again, less often
        pollMillis = pause(pollMillis, deadline);
      } else if (watched != null && !(watched instanceof RolloutState.Progressing)) {
        return watched;
      }
    }
  }

  /**
   * Sleeps before the next read (never past the deadline); returns the next, longer pause, up to a
   * second.
   */
  private static long pause(long millis, long deadline) throws InterruptedException {
    Thread.sleep(Math.clamp((deadline - System.nanoTime()) / 1_000_000, 1, millis));
    return Math.min(1000, millis * 2);
  }

  private static RolloutState resize(List<JsonNode> pods) {
    RolloutState worst = new RolloutState.Complete();
    for (JsonNode pod : pods) {
      RolloutState state = RolloutStatus.ofResize(pod);
      if (state instanceof RolloutState.Failed) {
        return state;
      }
      if (state instanceof RolloutState.Progressing) {
        worst = state;
      }
    }
    return worst;
  }

  /**
   * Watches until a terminal state (returned), the watch ends (null: read again) or is refused
   * ({@link #REFUSED}).
   */
  private RolloutState watch(WorkloadRef ref, String resourceVersion, long remainingNanos)
      throws ClusterWriteException, InterruptedException {
    long seconds =
        Math.max(1, Math.min(MAX_WATCH_SECONDS, Duration.ofNanos(remainingNanos).toSeconds()));
    String url =
        connection.baseUrl()
            + WorkloadPaths.collection(ref.kind(), ref.namespace())
            + "?watch=true&fieldSelector="
            + URLEncoder.encode("metadata.name=" + ref.name(), StandardCharsets.UTF_8)
            + "&resourceVersion="
            + URLEncoder.encode(resourceVersion, StandardCharsets.UTF_8)
            + "&timeoutSeconds="
            + seconds;
    try (WatchCall call = WatchCall.open(connection, url, Duration.ofSeconds(seconds))) {
      Response response = call.response();
      if (!response.isSuccessful()) {
        return response.code() == 410 ? null : REFUSED;
      }
      String line;
      while ((line = call.nextLine()) != null) {
        if (Thread.interrupted()) {
          throw new InterruptedException("stopped following the rollout of " + ref);
        }
        if (line.isBlank()) {
          continue;
        }
        JsonNode event = KubeHttp.JSON.readTree(line);
        switch (event.path("type").asText()) {
          case "ERROR" -> {
            return null;
          }
          case "DELETED" -> {
            return new RolloutState.Failed(ref + " was deleted during its rollout");
          }
          case "ADDED", "MODIFIED" -> {
            RolloutState state = RolloutStatus.of(event.path("object"), ref.kind());
            if (!(state instanceof RolloutState.Progressing)) {
              return state;
            }
          }
          default -> {}
        }
      }
      return null;
    } catch (IOException e) {
      throw WriteErrors.of(e, "watching the rollout of " + ref);
    }
  }
}
