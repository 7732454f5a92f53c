package dev.fleetscope.prometheus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The envelope every Prometheus API answer shares ({@code status}, {@code data}, {@code errorType},
 * {@code error}, {@code warnings}, {@code infos}), read as a stream: {@code data} goes to a {@link
 * DataReader} while it arrives, in whatever order the fields come.
 */
record ApiResponse(String status, String errorType, String error, Annotations annotations) {
  static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  /** Reads the {@code data} field of an answer. */
  @FunctionalInterface
  interface DataReader {
    void read(JsonParser parser) throws IOException;
  }

  boolean success() {
    return "success".equals(status);
  }

  /**
   * @throws MalformedAnswer when the answer is not the JSON the API defines, naming the line and
   *     column (a JSON syntax error included, in words of our own)
   */
  static ApiResponse read(InputStream body, DataReader data) throws IOException {
    try {
      return readEnvelope(body, data);
    } catch (CharConversionException e) {
      // The parser guesses UTF-16 or UTF-32 from the first bytes and finds they are not.
      throw new MalformedAnswer(
          "not JSON text: " + e.getMessage(), e, new MalformedAnswer.Syntax(false, 0, 0));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new MalformedAnswer(
          "not valid JSON: "
              + withoutSource(e.getOriginalMessage().lines().findFirst().orElse(""))
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()),
          e,
          new MalformedAnswer.Syntax(
              e instanceof JsonEOFException,
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr()));
    }
  }

  /**
   * Jackson's messages may point back into the input as {@code [Source: (...); line: 12, column:
   * 18]}: put in words.
   */
  static String withoutSource(String message) {
    return message.replaceAll(
        "\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
  }

  private static ApiResponse readEnvelope(InputStream body, DataReader data) throws IOException {
    try (JsonParser p = JSON.createParser(body)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, "an object");
      String status = null;
      String errorType = null;
      String error = null;
      List<String> warnings = List.of();
      List<String> infos = List.of();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "status" -> status = p.getValueAsString();
          case "errorType" -> errorType = p.getValueAsString();
          case "error" -> error = p.getValueAsString();
          case "warnings" -> warnings = strings(p);
          case "infos" -> infos = strings(p);
          case "data" -> {
            if (value == JsonToken.VALUE_NULL) {
              break;
            }
            data.read(p);
          }
          default -> p.skipChildren();
        }
      }
      if (status == null) {
        throw new MalformedAnswer("the answer has no \"status\" field");
      }
      return new ApiResponse(
          status, errorType, error == null ? "" : error, new Annotations(warnings, infos));
    }
  }

  /** A JSON array of strings at the parser's current token. */
  static List<String> strings(JsonParser p) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_ARRAY, "an array of strings");
    List<String> out = new ArrayList<>();
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      expect(p, token, JsonToken.VALUE_STRING, "a string");
      out.add(p.getText());
    }
    return out;
  }

  static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what)
      throws IOException {
    if (actual != expected) {
      String found = actual == null ? "the end of the answer" : "'" + p.getText() + "'";
      throw new MalformedAnswer("expected " + what + " but found " + found + " at " + where(p));
    }
  }

  static String where(JsonParser p) {
    return "line "
        + p.currentTokenLocation().getLineNr()
        + ", column "
        + p.currentTokenLocation().getColumnNr();
  }
}
