package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Any bytes as a Prometheus API answer, read as a query result and as a list of label names: either
 * it is read, or it is refused with a {@link MalformedAnswer} that says what was wrong without the
 * JSON library's internals ({@code [Source: ...]}). Any other exception is a finding. Seeds: the
 * API documentation's examples (see the inputs folder's SOURCES.md).
 */
class PrometheusAnswerFuzzTest {
  @FuzzTest(maxDuration = "15s")
  void readsOrRefusesWithThePlace(byte[] body) throws IOException {
    List<Integer> seriesSizes = new ArrayList<>();
    readOrRefuse(
        body,
        new ResultReader(
            (labels, samples) -> {
              for (int i = 0; i < samples.size(); i++) {
                samples.timeMillis(i);
                samples.value(i);
              }
              labels.forEach((name, value) -> assertTrue(name != null && value != null));
              seriesSizes.add(samples.size());
            }));
    readOrRefuse(body, p -> ApiResponse.strings(p).forEach(name -> assertTrue(name != null)));
  }

  private static void readOrRefuse(byte[] body, ApiResponse.DataReader data) throws IOException {
    try {
      ApiResponse answer = ApiResponse.read(new ByteArrayInputStream(body), data);
      assertTrue(answer.status() != null);
    } catch (MalformedAnswer e) {
      assertFalse(e.getMessage().isBlank());
      // Jackson's pointer into the input; the answer itself may hold the words, quoted back.
      boolean quoted = new String(body, StandardCharsets.ISO_8859_1).contains("[Source:");
      assertFalse(!quoted && e.getMessage().contains("[Source:"), e.getMessage());
    }
  }
}
