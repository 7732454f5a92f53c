package dev.fleetscope.model.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A short excerpt of an answer for an error message: whitespace folded, at most {@value #LIMIT}
 * characters. {@link Head} keeps the first bytes of a body that is parsed as it streams, so an
 * answer that cannot be read can still be quoted.
 */
public final class Excerpt {
  public static final int LIMIT = 200;

  private Excerpt() {}

  /** {@code <html><body>502 Bad Gateway…}; {@code (empty)} for an empty answer. */
  public static String of(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    if (flat.isEmpty()) {
      return "(empty)";
    }
    return flat.length() <= LIMIT ? flat : flat.substring(0, LIMIT) + "…";
  }

  /** An input stream that keeps the first bytes read through it. */
  public static final class Head extends FilterInputStream {
    private final byte[] kept = new byte[LIMIT * 4];
    private int length;

    public Head(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && length < kept.length) {
        kept[length++] = (byte) b;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      int n = super.read(buffer, offset, count);
      if (n > 0 && length < kept.length) {
        int copy = Math.min(n, kept.length - length);
        System.arraycopy(buffer, offset, kept, length, copy);
        length += copy;
      }
      return n;
    }

    /** The excerpt of what was read so far. */
    public String excerpt() {
      return of(new String(Arrays.copyOf(kept, length), StandardCharsets.UTF_8));
    }
  }
}
