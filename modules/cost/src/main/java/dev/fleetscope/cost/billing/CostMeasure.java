package dev.fleetscope.cost.billing;

import java.util.Locale;

/** The three FOCUS cost measures every report carries. */
public enum CostMeasure {
  /**
   * What the invoice charges, when it charges it (an upfront commitment falls in the month it was
   * bought).
   */
  BILLED("billed_cost"),
  /**
   * Amortized cost after discounts: what using the resource really cost. What FinOps reports rank
   * by.
   */
  EFFECTIVE("effective_cost"),
  /**
   * The price at public list rates, before any discount: the baseline savings are measured from.
   */
  LIST("list_cost");

  private final String sqlName;

  CostMeasure(String sqlName) {
    this.sqlName = sqlName;
  }

  /** The store's column, which is also the key in the command line's JSON. */
  public String sqlName() {
    return sqlName;
  }

  /** {@code billed}, {@code effective}, {@code list}: how the command line names it. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
