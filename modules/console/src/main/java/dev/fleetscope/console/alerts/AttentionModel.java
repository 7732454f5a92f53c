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
   * @param sources what each kind of alert was judged from, for the age of each alert's data
   */
  public record Attention(AlertState state, String judged, DataSources sources) {
    static final Attention NONE = new Attention(AlertState.EMPTY, "", DataSources.NONE);
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
  public void accept(AlertState evaluated, String judged, DataSources sources) {
    toFx.accept(new Attention(evaluated, judged, sources));
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
