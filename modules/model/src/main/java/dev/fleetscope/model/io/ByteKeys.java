package dev.fleetscope.model.io;

import java.util.Arrays;

/**
 * Numbers distinct byte strings 0, 1, 2... in the order first seen, looking them up straight from a
 * read buffer: a CSV reader finds a row's container or label without making a string per row.
 */
public final class ByteKeys {
  private byte[][] keys = new byte[16][];
  private int[] hashes = new int[16];
  private int[] slots = new int[32]; // key index + 1, 0 when free
  private int size;

  /**
   * The key found last: a column's next value is most often the same (a request, a limit), and
   * comparing with it costs less than hashing.
   */
  private int last = -1;

  /**
   * For each key, the key found right after it last time (its number + 1, 0 when none): rows that
   * cycle through the same keys in the same order (a time-major export's containers) are found
   * without hashing either.
   */
  private int[] following = new int[16];

  public int size() {
    return size;
  }

  /** The key numbered {@code id}. */
  public byte[] key(int id) {
    return keys[id];
  }

  /** The number of {@code bytes[from, to)}, or -1 when it has none yet. */
  public int find(byte[] bytes, int from, int to) {
    if (last >= 0) {
      if (is(last, bytes, from, to)) {
        return last;
      }
      int next = following[last] - 1;
      if (next >= 0 && is(next, bytes, from, to)) {
        return last = next;
      }
    }
    int hash = hash(bytes, from, to);
    int mask = slots.length - 1;
    for (int s = hash & mask; slots[s] != 0; s = (s + 1) & mask) {
      int id = slots[s] - 1;
      if (hashes[id] == hash && is(id, bytes, from, to)) {
        return found(id);
      }
    }
    return -1;
  }

  private boolean is(int id, byte[] bytes, int from, int to) {
    return Arrays.equals(keys[id], 0, keys[id].length, bytes, from, to);
  }

  /** Remembers {@code id} as found after the last key, and as the last. */
  private int found(int id) {
    if (last >= 0) {
      following[last] = id + 1;
    }
    return last = id;
  }

  /** The number of {@code bytes[from, to)}, numbering it next when new. */
  public int add(byte[] bytes, int from, int to) {
    int found = find(bytes, from, to);
    if (found >= 0) {
      return found;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      following = Arrays.copyOf(following, size * 2);
    }
    keys[size] = Arrays.copyOfRange(bytes, from, to);
    hashes[size] = hash(bytes, from, to);
    size++;
    if (size * 2 > slots.length) {
      slots = new int[slots.length * 2];
      for (int id = 0; id < size; id++) {
        place(id);
      }
    } else {
      place(size - 1);
    }
    return found(size - 1);
  }

  private void place(int id) {
    int mask = slots.length - 1;
    int s = hashes[id] & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = id + 1;
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    return h ^ (h >>> 16);
  }
}
