package dev.fleetscope.prometheus;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code warnings} and {@code infos} Prometheus attaches to an answer that still has data: a
 * partial answer from a Thanos store that was down, a PromQL hint such as "metric might not be a
 * counter". Fetchers prefix each entry with the name of the query it came from.
 */
public record Annotations(List<String> warnings, List<String> infos) {
  public static final Annotations NONE = new Annotations(List.of(), List.of());

  public Annotations {
    warnings = List.copyOf(warnings);
    infos = List.copyOf(infos);
  }

  public boolean isEmpty() {
    return warnings.isEmpty() && infos.isEmpty();
  }

  public Annotations plus(Annotations other) {
    if (other.isEmpty()) {
      return this;
    }
    List<String> w = new ArrayList<>(warnings);
    w.addAll(other.warnings);
    List<String> i = new ArrayList<>(infos);
    i.addAll(other.infos);
    return new Annotations(w, i);
  }

  /** The same annotations, each prefixed with the query name it came from. */
  Annotations about(PromQuery query) {
    return new Annotations(
        warnings.stream().map(w -> query.name() + ": " + w).toList(),
        infos.stream().map(i -> query.name() + ": " + i).toList());
  }
}
