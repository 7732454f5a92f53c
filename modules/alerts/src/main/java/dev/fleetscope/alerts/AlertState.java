package dev.fleetscope.alerts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The alerts after one evaluation.
 *
 * @param active pending and firing alerts, one per rule and subject, most severe first (then firing
 *     before pending, then the oldest)
 * @param fired the alerts that started firing at this evaluation
 * @param resolved the alerts that stopped firing at this evaluation, with their last value
 */
public record AlertState(Instant at, List<Alert> active, List<Alert> fired, List<Alert> resolved) {
  /** Most severe first, firing before pending, then the longest standing, then by subject. */
  static final Comparator<Alert> ATTENTION =
      Comparator.comparing(Alert::severity)
          .reversed()
          .thenComparing(Alert::firing, Comparator.reverseOrder())
          .thenComparing(Alert::since)
          .thenComparing(a -> a.subject().name())
          .thenComparing(Alert::ruleId);

  public static final AlertState EMPTY =
      new AlertState(Instant.EPOCH, List.of(), List.of(), List.of());

  public AlertState {
    active = active.stream().sorted(ATTENTION).toList();
    fired = fired.stream().sorted(ATTENTION).toList();
    resolved = List.copyOf(resolved);
  }

  /** The firing alerts, most severe first: what needs attention. */
  public List<Alert> firing() {
    return active.stream().filter(Alert::firing).toList();
  }

  public List<Alert> pending() {
    return active.stream().filter(a -> a.status() == Alert.Status.PENDING).toList();
  }

  public Optional<Alert> alert(AlertKey key) {
    return active.stream().filter(a -> a.key().equals(key)).findFirst();
  }
}
