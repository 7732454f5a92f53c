package dev.fleetscope.model;

import java.util.Arrays;

/**
 * A full chunk of half-precision samples kept as the differences between neighbours' bit patterns,
 * zig-zag encoded in variable-length bytes: usage moves little from one minute to the next, so most
 * samples take one byte instead of two (the demo fleet's 14 days: 45 MB of half floats in 28 MB).
 * Unpacking gives back the same bits exactly.
 */
final class PackedChunk {
  private PackedChunk() {}

  static byte[] pack(short[] bits) {
    byte[] out = new byte[bits.length * 3]; // a difference of 17 bits takes at most 3 bytes
    int length = 0;
    int previous = 0;
    for (short b : bits) {
      int delta = b - previous;
      previous = b;
      int zigzag = (delta << 1) ^ (delta >> 31);
      while ((zigzag & ~0x7F) != 0) {
        out[length++] = (byte) ((zigzag & 0x7F) | 0x80);
        zigzag >>>= 7;
      }
      out[length++] = (byte) zigzag;
    }
    return Arrays.copyOf(out, length);
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
