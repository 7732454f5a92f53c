package dev.fleetscope.cost.opencost;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Currency;

/**
 * Any bytes as the body of OpenCost's {@code /allocation/compute}: either allocation sets are read,
 * or the answer is refused with an {@link OpenCostAnswerException} naming the URL (and the field)
 * without the JSON library's internals. Any other exception is a finding. Seeds: the example of
 * OpenCost's API spec.
 */
class OpenCostAnswerFuzzTest {
  private static final String TARGET = "http://127.0.0.1:9003/allocation/compute?window=7d";

  @FuzzTest(maxDuration = "10s")
  void readsOrRefusesNamingUrlAndField(byte[] body) {
    try {
      AllocationJson answer =
          new AllocationJson(TARGET, 200, new String(body, StandardCharsets.UTF_8));
      answer.sets(answer.parse(), Currency.getInstance("USD"));
    } catch (OpenCostAnswerException e) {
      assertTrue(e.getMessage().startsWith("OpenCost " + TARGET + " answered "), e.getMessage());
      // Jackson's pointer into the input; the answer itself may hold the words, quoted back.
      boolean quoted = new String(body, StandardCharsets.ISO_8859_1).contains("[Source:");
      assertFalse(!quoted && e.getMessage().contains("[Source:"), e.getMessage());
    }
  }
}
