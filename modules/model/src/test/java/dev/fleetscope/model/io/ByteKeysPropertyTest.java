package dev.fleetscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * ByteKeys numbers keys as a map would, whatever order they come in: repeated (a request column),
 * cycling in the same order (a time-major export's containers, found through the key that followed
 * last time), with the cycle's order changing, and at random.
 */
class ByteKeysPropertyTest {
  @Property(tries = 200)
  void numbersKeysAsAMapWould(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int distinct,
      @ForAll @IntRange(min = 0, max = 3) int layout) {
    Random random = new Random(seed);
    ByteKeys keys = new ByteKeys();
    Map<String, Integer> expected = new HashMap<>();
    byte[] buffer = new byte[64];
    for (int row = 0; row < 3_000; row++) {
      int k =
          switch (layout) {
            case 0 -> row / 50 % distinct; // runs of one key
            case 1 -> row % distinct; // the same cycle
            case 2 -> random.nextInt(10) == 0 ? random.nextInt(distinct) : row % distinct;
            default -> random.nextInt(distinct);
          };
      String key = "ns-" + k % 7 + "/deploy-" + k;
      byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
      int from = random.nextInt(8); // keys lie anywhere in a read buffer
      System.arraycopy(bytes, 0, buffer, from, bytes.length);
      int to = from + bytes.length;

      Integer known = expected.get(key);
      assertEquals(known == null ? -1 : known, keys.find(buffer, from, to), key);
      int id = keys.add(buffer, from, to);
      expected.putIfAbsent(key, id);
      assertEquals(expected.get(key), id, key);
      assertArrayEquals(bytes, keys.key(id));
    }
    assertEquals(expected.size(), keys.size());
  }
}
