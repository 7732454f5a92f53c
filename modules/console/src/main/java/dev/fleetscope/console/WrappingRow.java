package dev.fleetscope.console;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Cells side by side, all as wide as one another; when the row is too narrow for every cell at its
 * least width, the cells wrap onto as few further rows as needed, filled evenly, so a narrow window
 * shows them all without a horizontal scroll bar.
 */
public class WrappingRow extends Pane {
  private final double gap;
  private final double minCellWidth;

  public WrappingRow(double gap, double minCellWidth, Node... cells) {
    super(cells);
    this.gap = gap;
    this.minCellWidth = minCellWidth;
  }

  /** How many cells share a row {@code width} wide. */
  int perRow(double width) {
    int cells = getManagedChildren().size();
    Insets in = getInsets();
    int fit = (int) Math.floor((width - in.getLeft() - in.getRight() + gap) / (minCellWidth + gap));
    if (cells == 0 || fit >= cells) {
      return Math.max(1, cells);
    }
    // as few rows as fit, filled evenly: seven cells where six fit make rows of 4 and 3, not 6 and
    // 1
    int rows = ceilDiv(cells, Math.max(1, fit));
    return ceilDiv(cells, rows);
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private double cellWidth(double width, int perRow) {
    Insets in = getInsets();
    return (width - in.getLeft() - in.getRight() - gap * (perRow - 1)) / perRow;
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL; // the cells' wrapped text, and how many rows, follow the width
  }

  @Override
  protected double computeMinWidth(double height) {
    Insets in = getInsets();
    return in.getLeft() + minCellWidth + in.getRight();
  }

  @Override
  protected double computePrefWidth(double height) {
    List<Node> cells = getManagedChildren();
    Insets in = getInsets();
    double sum = cells.stream().mapToDouble(c -> c.prefWidth(-1)).sum();
    return in.getLeft() + sum + gap * Math.max(0, cells.size() - 1) + in.getRight();
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected double computePrefHeight(double width) {
    double w = width < 0 ? prefWidth(-1) : width;
    int perRow = perRow(w);
    double cellWidth = cellWidth(w, perRow);
    List<Node> cells = getManagedChildren();
    Insets in = getInsets();
    double height = in.getTop() + in.getBottom();
    for (int first = 0; first < cells.size(); first += perRow) {
      height += rowHeight(cells.subList(first, Math.min(cells.size(), first + perRow)), cellWidth);
      height += first > 0 ? gap : 0;
    }
    return height;
  }

  private static double rowHeight(List<Node> row, double cellWidth) {
    return row.stream().mapToDouble(c -> c.prefHeight(cellWidth)).max().orElse(0);
  }

  @Override
  protected void layoutChildren() {
    int perRow = perRow(getWidth());
    double cellWidth = cellWidth(getWidth(), perRow);
    List<Node> cells = getManagedChildren();
    Insets in = getInsets();
    double y = in.getTop();
    for (int first = 0; first < cells.size(); first += perRow) {
      List<Node> row = cells.subList(first, Math.min(cells.size(), first + perRow));
      double height = rowHeight(row, cellWidth);
      double x = in.getLeft();
      for (Node cell : row) {
        // edges on whole pixels, widths between them: rounding each width up would overflow
        double left = snapPositionX(x);
        cell.resizeRelocate(left, snapPositionY(y), snapPositionX(x + cellWidth) - left, height);
        x += cellWidth + gap;
      }
      y += height + gap;
    }
  }
}
