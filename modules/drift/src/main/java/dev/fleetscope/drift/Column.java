package dev.fleetscope.drift;

/** One named column of a dataset window. */
public sealed interface Column permits NumericalColumn, CategoricalColumn {
  String name();
}
