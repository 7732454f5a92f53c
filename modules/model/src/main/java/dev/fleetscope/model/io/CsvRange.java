package dev.fleetscope.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads the records of one byte range of a CSV file straight from its bytes, for the fast paths of
 * the samples and drift readers. It understands only the plain form most exports write: one record
 * per line ({@code \n} or {@code \r\n}), a fixed number of fields, and, when allowed, fields wholly
 * in quotes with no quote or line break inside. Anything else (a quote elsewhere, a lone {@code
 * \r}, an empty line, a record with another number of fields) throws {@link Unsupported}: the
 * caller then reads the file with its complete reader, which also says exactly what is wrong and
 * where.
 *
 * <p>Ranges come from {@link #split}: each begins at the start of a line, so threads can read them
 * apart. Threads may share the channel (its reads are positional); each needs its own CsvRange.
 */
public final class CsvRange {
  private static final int BUFFER = 1 << 20;
  private static final int PROBE = 1 << 16;

  /** The input leaves the plain form this reader understands. */
  public static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unsupported(String why) {
      super(why, null, false, false); // control flow, not a failure: no stack trace
    }
  }

  /** Receives each record of a range in order. */
  public interface Records {
    void accept(CsvFields fields);
  }

  private final FileChannel channel;
  private final byte delimiter;
  private final boolean quotes;
  private final CsvFields fields;

  /**
   * @param fields how many fields every record has
   * @param quotes whether fields may be quoted (else a quote is {@link Unsupported})
   */
  public CsvRange(FileChannel channel, char delimiter, int fields, boolean quotes) {
    this.channel = channel;
    this.delimiter = (byte) delimiter;
    this.quotes = quotes;
    this.fields = new CsvFields(fields);
  }

  /**
   * Cuts {@code [from, to)} of the file into at most {@code parts} ranges that each begin at the
   * start of a line: the boundaries, first {@code from} and last {@code to}.
   */
  public static long[] split(FileChannel channel, long from, long to, int parts)
      throws IOException {
    long[] bounds = new long[parts + 1];
    int n = 0;
    bounds[n++] = from;
    for (int k = 1; k < parts; k++) {
      long next = lineStartAtOrAfter(channel, from + (to - from) * k / parts, to);
      if (next > bounds[n - 1] && next < to) {
        bounds[n++] = next;
      }
    }
    bounds[n++] = to;
    return Arrays.copyOf(bounds, n);
  }

  /** Where the first line that starts at or after {@code position} starts ({@code to} if none). */
  public static long lineStartAtOrAfter(FileChannel channel, long position, long to)
      throws IOException {
    ByteBuffer probe = ByteBuffer.allocate(PROBE);
    for (long at = position - 1; at < to; at += PROBE) {
      probe.clear();
      int read = channel.read(probe, at);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        if (probe.get(i) == '\n') {
          return at + i + 1;
        }
      }
    }
    return to;
  }

  /** Reads the records of {@code [from, to)} in order. */
  public void read(long from, long to, Records records) throws IOException {
    byte[] buffer = new byte[Math.clamp(to - from, 1, BUFFER)];
    long position = from;
    int kept = 0;
    while (true) {
      int wanted = (int) Math.min(buffer.length - kept, to - position);
      int read = 0;
      while (read < wanted) {
        int n = channel.read(ByteBuffer.wrap(buffer, kept + read, wanted - read), position + read);
        if (n < 0) {
          throw new IOException("the file ended at byte " + (position + read) + ", before " + to);
        }
        read += n;
      }
      position += read;
      int limit = kept + read;
      boolean last = position >= to;
      int consumed = records(buffer, limit, last, records);
      kept = limit - consumed;
      if (last) {
        return; // records() consumes everything when told it has the last bytes
      }
      if (consumed == 0 && kept == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
      } else {
        System.arraycopy(buffer, consumed, buffer, 0, kept);
      }
    }
  }

  /** Hands over the records in {@code buffer[0, limit)}; returns how many bytes they took. */
  private int records(byte[] buffer, int limit, boolean last, Records records) {
    fields.bytes = buffer;
    int p = 0;
    while (p < limit) {
      int next = record(buffer, p, limit, last);
      if (next < 0) {
        break;
      }
      records.accept(fields);
      p = next;
    }
    return p;
  }

  /**
   * Splits the record that starts at {@code p} into {@link #fields}; returns where the next one
   * starts, or -1 when the buffer ends within this one and more bytes follow.
   */
  private int record(byte[] buffer, int p, int limit, boolean last) {
    CsvFields f = fields;
    byte delim = delimiter;
    int lineStart = p;
    int field = 0;
    while (true) {
      int start;
      int end;
      boolean quoted = p < limit && buffer[p] == '"';
      if (quoted) {
        if (!quotes) {
          throw new Unsupported("a quoted field");
        }
        start = p + 1;
        int close = start;
        while (close < limit && buffer[close] != '"' && buffer[close] != '\n') {
          close++;
        }
        if (close == limit) {
          if (last) {
            throw new Unsupported("an unterminated quote");
          }
          return -1;
        }
        if (buffer[close] == '\n') {
          throw new Unsupported("a line break inside quotes");
        }
        end = close;
        p = close + 1;
      } else {
        start = p;
        while (p < limit) {
          byte b = buffer[p];
          if (b == delim || b == '\n' || b == '\r' || b == '"') {
            break;
          }
          p++;
        }
        end = p;
      }
      if (field == f.starts.length) {
        throw new Unsupported("a record with more than " + field + " fields");
      }
      f.starts[field] = start;
      f.ends[field] = end;
      f.quoted[field] = quoted;
      field++;
      if (p == limit) {
        if (!last) {
          return -1;
        }
        return finish(field, limit); // the file's last line has no line break
      }
      byte b = buffer[p];
      if (b == delim) {
        p++;
        continue;
      }
      if (b == '\r') {
        if (p + 1 == limit && !last) {
          return -1;
        }
        if (p + 1 == limit || buffer[p + 1] != '\n') {
          throw new Unsupported("a carriage return without a line feed");
        }
        p++;
      }
      if (buffer[p] != '\n') {
        throw new Unsupported("a quote inside a field or text after a closing quote");
      }
      if (field == 1 && !quoted && start == end && start == lineStart) {
        throw new Unsupported("an empty line");
      }
      return finish(field, p + 1);
    }
  }

  private int finish(int fieldCount, int next) {
    if (fieldCount != fields.starts.length) {
      throw new Unsupported(
          "a record with " + fieldCount + " of " + fields.starts.length + " fields");
    }
    fields.count = fieldCount;
    return next;
  }
}
