package dev.fleetscope.console;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;

/**
 * The listeners a view puts on models that outlive it. The view holds them here and the models hold
 * them only weakly, so a view the window lets go of ({@link ConsoleView#release()}) is collected
 * instead of kept alive, and kept current, by the models it showed.
 */
public final class ModelListeners {
  private final List<Object> held = new ArrayList<>();

  public <T> void onChange(ObservableValue<? extends T> model, ChangeListener<T> listener) {
    held.add(listener);
    model.addListener(new WeakChangeListener<>(listener));
  }

  public <E> void onChange(ObservableSet<? extends E> model, SetChangeListener<E> listener) {
    held.add(listener);
    model.addListener(new WeakSetChangeListener<>(listener));
  }
}
