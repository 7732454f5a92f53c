package dev.fleetscope.runtime.pipelines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;

/**
 * The orchestrator stand-ins' JSON answers. (The pipelines module's test {@code Responses} does the
 * same, but the console's tests, which use these stand-ins, do not see that module's tests.)
 */
final class JsonAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonAnswers() {}

  static MockResponse json(int code, Object body) {
    try {
      return new MockResponse.Builder()
          .code(code)
          .setHeader("Content-Type", "application/json")
          .body(JSON.writeValueAsString(body))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
