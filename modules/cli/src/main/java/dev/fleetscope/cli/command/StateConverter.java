package dev.fleetscope.cli.command;

import dev.fleetscope.model.pipeline.RunState;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A run state by its lower-case id ({@code failed}). */
final class StateConverter implements ITypeConverter<RunState> {
  @Override
  public RunState convert(String value) {
    try {
      return RunState.ofId(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
