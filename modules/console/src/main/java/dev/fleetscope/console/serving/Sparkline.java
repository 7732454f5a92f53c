package dev.fleetscope.console.serving;

import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/**
 * A figure's windows as a small line, oldest left, scaled from zero to the highest value: a gap
 * (NaN) breaks nothing, the line joins the windows that have a value. The text beside it carries
 * the number and its unit; this only shows the shape.
 */
final class Sparkline extends Region {
  static final double WIDTH = 48;
  static final double HEIGHT = 18;

  private final Polyline line = new Polyline();
  private double[] values = new double[0];

  Sparkline() {
    getStyleClass().add("sparkline");
    line.getStyleClass().add("sparkline-line");
    line.setManaged(false);
    getChildren().add(line);
    setMinSize(WIDTH, HEIGHT);
    setPrefSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
  }

  void show(double[] windows) {
    values = windows.clone();
    requestLayout();
  }

  /** What it draws, for tests: the values it was given. */
  double[] values() {
    return values.clone();
  }

  @Override
  protected void layoutChildren() {
    double max = 0;
    for (double v : values) {
      if (v > max) {
        max = v;
      }
    }
    line.getPoints().clear();
    if (values.length < 2) {
      return;
    }
    double w = getWidth() - 2;
    double h = getHeight() - 2;
    for (int i = 0; i < values.length; i++) {
      if (Double.isFinite(values[i])) {
        line.getPoints().add(1 + w * i / (values.length - 1));
        line.getPoints().add(1 + h - (max > 0 ? h * values[i] / max : 0));
      }
    }
  }
}
