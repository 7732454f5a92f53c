package dev.fleetscope.cost.billing;

import dev.fleetscope.model.io.CsvHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks a CSV file's quotes and line ends against RFC 4180 before DuckDB reads it. DuckDB's reader
 * stops on a stray quote or a carriage return that ends no line with an internal error that names
 * no line, even when told to skip bad rows, and so it does on bytes that are not UTF-8 inside a
 * quoted cell; this names the line and the column instead. Cells themselves (numbers, dates) are
 * left to DuckDB, which reports them with their lines.
 */
final class CsvStructure {
  private CsvStructure() {}

  /** What is wrong and where: the 1-based line and the header's column there. */
  record Problem(long line, String column, String text) {}

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  static Optional<Problem> check(Path file, List<String> header) throws IOException {
    try (InputStream in = CsvHeader.open(file)) {
      Bytes bytes = new Bytes(in);
      long line = 1;
      long quoteLine = 1;
      int field = 0;
      State state = State.FIELD_START;
      boolean afterCr = false;
      Utf8 utf8 = new Utf8();
      bytes.skipByteOrderMark();
      int b;
      while ((b = bytes.next()) != -1) {
        if (!utf8.accept(b)) {
          return problem(
              line,
              header,
              field,
              "bytes that are not UTF-8 text (FOCUS exports are UTF-8; was it saved in another"
                  + " encoding?)");
        }
        if (afterCr) {
          afterCr = false;
          if (b != '\n') {
            return problem(
                line,
                header,
                field,
                "a carriage return that ends no line (CSV lines end with a line feed, or a"
                    + " carriage return and a line feed)");
          }
        }
        if (state == State.QUOTE_IN_QUOTED) {
          if (b == '"') {
            state = State.QUOTED; // a doubled quote is a quote in the cell
            continue;
          }
          if (b != ',' && b != '\r' && b != '\n') {
            return problem(
                line,
                header,
                field,
                "text after a quoted cell's closing quote (a quote inside a quoted cell is"
                    + " written twice)");
          }
          state = State.UNQUOTED; // the cell has ended: what ends it is read as outside quotes
        }
        if (state == State.QUOTED) {
          if (b == '"') {
            state = State.QUOTE_IN_QUOTED;
          } else if (b == '\n') {
            line++; // a line break inside a quoted cell still starts a line of the file
          }
          continue;
        }
        if (b == '"') {
          if (state == State.UNQUOTED) {
            return problem(
                line,
                header,
                field,
                "a quote inside a cell that does not start with one (quote the whole cell"
                    + " and write the quote twice)");
          }
          state = State.QUOTED;
          quoteLine = line;
        } else if (b == ',') {
          field++;
          state = State.FIELD_START;
        } else if (b == '\r') {
          afterCr = true; // the line feed that must follow ends the line
        } else if (b == '\n') {
          line++;
          field = 0;
          state = State.FIELD_START;
        } else {
          state = State.UNQUOTED;
        }
      }
      if (!utf8.complete()) {
        return problem(line, header, field, "the file ends inside a UTF-8 character");
      }
      if (state == State.QUOTED) {
        return problem(
            quoteLine,
            header,
            field,
            "a quoted cell that is never closed: the file ends inside it");
      }
      return Optional.empty();
    }
  }

  /**
   * A file's bytes one at a time, read a block at a time: {@code BufferedInputStream.read()} takes
   * a lock per byte, which made this check most of a large import's time.
   */
  private static final class Bytes {
    private final InputStream in;
    private final byte[] block = new byte[1 << 16];
    private int at;
    private int length;

    Bytes(InputStream in) {
      this.in = in;
    }

    /** Skips a UTF-8 byte-order mark at the start: it is not part of the header. */
    void skipByteOrderMark() throws IOException {
      length = in.readNBytes(block, 0, block.length);
      if (length >= 3
          && block[0] == (byte) 0xEF
          && block[1] == (byte) 0xBB
          && block[2] == (byte) 0xBF) {
        at = 3;
      }
    }

    /** The next byte, 0 to 255, or -1 at the end of the file. */
    int next() throws IOException {
      if (at == length) {
        length = in.readNBytes(block, 0, block.length);
        at = 0;
        if (length == 0) {
          return -1;
        }
      }
      return block[at++] & 0xFF;
    }
  }

  /** RFC 3629 UTF-8, a byte at a time: no overlong forms, no surrogates, nothing above U+10FFFF. */
  private static final class Utf8 {
    private int pending; // continuation bytes still expected
    private int low = 0x80; // the next continuation byte's range, narrowed after some lead bytes
    private int high = 0xBF;

    boolean accept(int b) {
      if (pending > 0) {
        if (b < low || b > high) {
          return false;
        }
        pending--;
        low = 0x80;
        high = 0xBF;
        return true;
      }
      if (b < 0x80) {
        return true;
      }
      if (b >= 0xC2 && b <= 0xDF) {
        pending = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        pending = 2;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        pending = 3;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      return true;
    }

    boolean complete() {
      return pending == 0;
    }
  }

  private static Optional<Problem> problem(long line, List<String> header, int field, String text) {
    String column = field < header.size() ? header.get(field).strip() : "number " + (field + 1);
    return Optional.of(new Problem(line, column, text));
  }
}
