package dev.fleetscope.model;

/**
 * A full chunk of half-precision samples kept as the differences between neighbours' bit patterns,
 * zig-zag encoded in variable-length bytes: usage moves little from one minute to the next, so most
 * samples take one byte instead of two (the demo fleet's 14 days: 45 MB of half floats in 28 MB).
 * Unpacking gives back the same bits exactly.
 */
final class PackedChunk {
  private PackedChunk() {}

  static byte[] pack(short[] bits) {
    // sized first, then written: the demo history packs about 12,000 chunks as it starts, and a
    // buffer of the worst case for each would be that much garbage
    int length = 0;
    int previous = 0;
    for (short b : bits) {
      length += bytes(zigzag(b - previous));
      previous = b;
    }
    byte[] out = new byte[length];
    int at = 0;
    previous = 0;
    for (short b : bits) {
      int zigzag = zigzag(b - previous);
      previous = b;
      while ((zigzag & ~0x7F) != 0) {
        out[at++] = (byte) ((zigzag & 0x7F) | 0x80);
        zigzag >>>= 7;
      }
      out[at++] = (byte) zigzag;
    }
    return out;
  }

  private static int zigzag(int delta) {
    return (delta << 1) ^ (delta >> 31);
  }

  /** A difference of two 16-bit patterns takes 17 bits at most: three bytes of seven. */
  private static int bytes(int zigzag) {
    return zigzag < 1 << 7 ? 1 : zigzag < 1 << 14 ? 2 : 3;
  }

  /** Fills {@code into} (a chunk's length) with the bits {@link #pack} was given. */
  static void unpack(byte[] packed, short[] into) {
    int at = 0;
    int previous = 0;
    for (int i = 0; i < into.length; i++) {
      int zigzag = 0;
      int shift = 0;
      byte b;
      do {
        b = packed[at++];
        zigzag |= (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      previous += (zigzag >>> 1) ^ -(zigzag & 1);
      into[i] = (short) previous;
    }
  }
}
