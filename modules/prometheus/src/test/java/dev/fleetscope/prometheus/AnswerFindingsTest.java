package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Answers found by {@link PrometheusAnswerFuzzTest} that were refused in the JSON library's words.
 */
class AnswerFindingsTest {
  private static MalformedAnswer refused(String body) {
    return assertThrows(
        MalformedAnswer.class,
        () ->
            ApiResponse.read(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                new ResultReader((labels, samples) -> {})));
  }

  @Test
  void anUnclosedArrayIsNamedByLineAndColumnWithoutTheParsersSourceExcerpt() {
    MalformedAnswer e =
        refused("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\n\"result\":[\n}}");
    assertEquals(
        "not valid JSON: Unexpected close marker '}': expected ']' (for Array starting at line 2,"
            + " column 10) at line 3, column 1",
        e.getMessage());
  }

  @Test
  void bytesTheParserTakesForUtf32AreMalformedNotAConnectionFailure() {
    byte[] body = {0, 0, 0, '{', 't', 'Z', 's', '"', 0, 0, 0, '}'};
    MalformedAnswer e =
        assertThrows(
            MalformedAnswer.class,
            () ->
                ApiResponse.read(
                    new ByteArrayInputStream(body), new ResultReader((labels, samples) -> {})));
    assertEquals(true, e.getMessage().startsWith("not JSON text: Invalid UTF-32"), e.getMessage());
  }

  @Test
  void aLabelNameThatIsNotAStringIsRefusedNotReadAsNull() {
    MalformedAnswer e =
        assertThrows(
            MalformedAnswer.class,
            () ->
                ApiResponse.read(
                    new ByteArrayInputStream(
                        "{\"status\":\"success\",\"data\":[\"job\",{}]}"
                            .getBytes(StandardCharsets.UTF_8)),
                    p -> ApiResponse.strings(p)));
    assertEquals("expected a string but found '{' at line 1, column 35", e.getMessage());
  }

  @Test
  void aLabelValueThatIsNotAStringIsRefused() {
    MalformedAnswer e =
        refused(
            "{\"status\":\"success\",\"data\":{\"result\":[{\"metric\":{\"job\":[1]},"
                + "\"value\":[1,\"1\"]}]}}");
    assertEquals("expected a label value but found '[' at line 1, column 56", e.getMessage());
  }
}
