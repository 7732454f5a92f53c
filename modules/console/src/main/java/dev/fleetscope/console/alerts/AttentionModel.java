package dev.fleetscope.console.alerts;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.console.FxLatest;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What needs attention, on the FX thread: the latest evaluation of the alert rules, and the way to
 * the view and row that explain an alert.
 */
public final class AttentionModel {
  /**
   * One evaluation.
   *
   * @param judged what the rules were judged over, for a person ({@code 8 rules over ...})
   */
  public record Attention(AlertState state, String judged) {
    static final Attention NONE = new Attention(AlertState.EMPTY, "");
  }

  private final ReadOnlyObjectWrapper<Attention> state =
      new ReadOnlyObjectWrapper<>(Attention.NONE);
  private final Consumer<Attention> toFx = new FxLatest<>(state::set);
  private final Consumer<Alert> open;

  /**
   * @param open shows the view and row that explain an alert
   */
  public AttentionModel(Consumer<Alert> open) {
    this.open = open;
  }

  /** From the alerts thread. */
  public void accept(AlertState evaluated, String judged) {
    toFx.accept(new Attention(evaluated, judged));
  }

  public ReadOnlyObjectProperty<Attention> state() {
    return state.getReadOnlyProperty();
  }

  public void open(Alert alert) {
    open.accept(alert);
  }

  /** Whether anything was evaluated yet: before that, "nothing" would be a guess. */
  public boolean evaluated() {
    return state.get() != Attention.NONE;
  }
}
