package dev.fleetscope.drift;

/** How a column's values are compared: as numbers on a line, or as labels. */
public enum ColumnType {
  NUMERICAL("numerical"),
  CATEGORICAL("categorical");

  private final String label;

  ColumnType(String label) {
    this.label = label;
  }

  /** The lower-case name used in reports. */
  public String label() {
    return label;
  }
}
