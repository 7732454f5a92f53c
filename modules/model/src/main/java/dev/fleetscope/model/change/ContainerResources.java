package dev.fleetscope.model.change;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A container's {@code resources} exactly as its pod template states them: resource name to
 * quantity string ({@code cpu: 250m}, {@code memory: 1Gi}, {@code nvidia.com/gpu: 1}). A missing
 * key is a value that is not set. Kept as strings so that a change can pin the previous values byte
 * for byte and restore them unchanged.
 */
public record ContainerResources(Map<String, String> requests, Map<String, String> limits) {
  public static final String CPU = "cpu";
  public static final String MEMORY = "memory";
  public static final ContainerResources NONE = new ContainerResources(Map.of(), Map.of());

  public ContainerResources {
    requests = Collections.unmodifiableMap(new TreeMap<>(requests));
    limits = Collections.unmodifiableMap(new TreeMap<>(limits));
  }

  public Optional<String> request(String resource) {
    return Optional.ofNullable(requests.get(resource));
  }

  public Optional<String> limit(String resource) {
    return Optional.ofNullable(limits.get(resource));
  }

  /** A copy with one request set to {@code quantity}, or removed when it is empty. */
  public ContainerResources withRequest(String resource, Optional<String> quantity) {
    return new ContainerResources(with(requests, resource, quantity), limits);
  }

  /** A copy with one limit set to {@code quantity}, or removed when it is empty. */
  public ContainerResources withLimit(String resource, Optional<String> quantity) {
    return new ContainerResources(requests, with(limits, resource, quantity));
  }

  private static Map<String, String> with(
      Map<String, String> map, String key, Optional<String> value) {
    Map<String, String> copy = new TreeMap<>(map);
    value.ifPresentOrElse(v -> copy.put(key, v), () -> copy.remove(key));
    return copy;
  }
}
