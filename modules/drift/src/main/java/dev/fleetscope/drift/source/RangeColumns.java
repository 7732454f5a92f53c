package dev.fleetscope.drift.source;

import dev.fleetscope.model.io.ByteKeys;
import dev.fleetscope.model.io.CsvFields;
import dev.fleetscope.model.io.CsvRange;
import java.util.Arrays;

/**
 * What one range of a CSV file holds, column by column: where each kind of value ({@link CsvValue})
 * first appears, and, as each column's mode asks, its numbers in row order or a count per label.
 */
final class RangeColumns implements CsvRange.Records {
  enum Mode {
    /** Numbers in row order, NaN where there is none. */
    NUMBERS,
    /** A count per distinct raw value, missing ones left out. */
    LABELS,
    /** Only where each kind of value first appears. */
    KINDS,
    SKIP
  }

  private static final int NO_ROW = -1;

  private final Mode[] modes;
  private final int[][] first;
  private final double[][] numbers;
  private final ByteKeys[] labels;
  private final long[][] counts;
  private final double[] number = new double[1];
  private int rows;

  RangeColumns(Mode[] modes, int expectedRows) {
    this.modes = modes.clone();
    int columns = modes.length;
    first = new int[columns][CsvValue.values().length];
    numbers = new double[columns][];
    labels = new ByteKeys[columns];
    counts = new long[columns][];
    for (int c = 0; c < columns; c++) {
      Arrays.fill(first[c], NO_ROW);
      if (modes[c] == Mode.NUMBERS) {
        numbers[c] = new double[Math.max(16, expectedRows)];
      } else if (modes[c] == Mode.LABELS) {
        labels[c] = new ByteKeys();
        counts[c] = new long[16];
      }
    }
  }

  @Override
  public void accept(CsvFields f) {
    int row = rows++;
    for (int c = 0; c < modes.length; c++) {
      Mode mode = modes[c];
      if (mode == Mode.SKIP) {
        continue;
      }
      CsvValue value = CsvValue.of(f, c, number);
      int[] seen = first[c];
      if (seen[value.ordinal()] == NO_ROW) {
        seen[value.ordinal()] = row;
      }
      if (mode == Mode.NUMBERS) {
        double[] column = numbers[c];
        if (row == column.length) {
          column = numbers[c] = Arrays.copyOf(column, row + (row >> 1));
        }
        column[row] = value == CsvValue.NUMBER ? number[0] : Double.NaN;
      } else if (mode == Mode.LABELS && value != CsvValue.MISSING) {
        int id = labels[c].add(f.bytes(), f.start(c), f.end(c));
        if (id == counts[c].length) {
          counts[c] = Arrays.copyOf(counts[c], id * 2);
        }
        counts[c][id]++;
      }
    }
  }

  int rows() {
    return rows;
  }

  /** The row (within the range) where column {@code c} first holds a {@code value}, or -1. */
  int first(int c, CsvValue value) {
    return first[c][value.ordinal()];
  }

  /** Column {@code c}'s numbers, one per row. */
  double[] numbers(int c) {
    return numbers[c];
  }

  ByteKeys labels(int c) {
    return labels[c];
  }

  long count(int c, int label) {
    return counts[c][label];
  }
}
