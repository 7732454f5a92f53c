package dev.fleetscope.cli.command;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * An option's text as one of an enum's constants, any case; a usage error listing them otherwise
 * ({@code --format: 'csv' is not one of table, json}).
 */
final class Choices {
  private Choices() {}

  static <E extends Enum<E>> E of(CommandSpec spec, Class<E> type, String option, String text) {
    E[] constants = type.getEnumConstants();
    return Arrays.stream(constants)
        .filter(c -> c.name().equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    option
                        + ": '"
                        + text
                        + "' is not one of "
                        + String.join(
                            ", ",
                            Arrays.stream(constants)
                                .map(c -> c.name().toLowerCase(Locale.ROOT))
                                .toList())));
  }
}
