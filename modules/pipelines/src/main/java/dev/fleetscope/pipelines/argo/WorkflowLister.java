package dev.fleetscope.pipelines.argo;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Lists {@code argoproj.io/v1alpha1} Workflows of one namespace, one page at a time, as the JSON of
 * a {@code WorkflowList}. The Argo Server API implements it here ({@link ArgoServerLister}); the
 * app implements it with the Kubernetes module's clients and contexts ({@code GET
 * /apis/argoproj.io/v1alpha1/namespaces/{ns}/workflows} with {@code limit} and {@code continue}),
 * so this module never depends on Kubernetes code. Both return the same JSON, parsed by {@link
 * WorkflowParser}.
 */
public interface WorkflowLister extends AutoCloseable {
  /**
   * One page of workflows.
   *
   * @param createdAfter a hint: only workflows created after it are needed. The Kubernetes API
   *     cannot filter on it and may return older ones; the caller filters again.
   * @param limit at most this many items
   * @param continueToken the {@code metadata.continue} of the previous page, empty for the first
   * @return the {@code WorkflowList} JSON
   * @throws IOException with a message naming the cluster or server and what failed
   */
  String list(
      String namespace, Optional<Instant> createdAfter, int limit, Optional<String> continueToken)
      throws IOException;

  /**
   * Where workflows come from, for messages: "Argo Server https://argo.example", "Kubernetes
   * context prod".
   */
  String describe();

  /** Cancels the requests in flight (the source is closed). */
  default void close() {}
}
