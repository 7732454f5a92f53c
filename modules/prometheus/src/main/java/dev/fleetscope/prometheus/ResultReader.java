package dev.fleetscope.prometheus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the {@code data} of {@code /query} and {@code /query_range} ({@code matrix}, {@code vector}
 * or {@code scalar}) straight from the token stream: each series' samples are parsed into primitive
 * arrays without a {@code String} per number and handed to a {@link SeriesHandler}; nothing of the
 * answer is kept as a tree. Native histogram samples are skipped: Fleetscope reads none.
 */
final class ResultReader implements ApiResponse.DataReader {
  private final SeriesHandler handler;
  private final Samples samples = new Samples();

  ResultReader(SeriesHandler handler) {
    this.handler = handler;
  }

  @Override
  public void read(JsonParser p) throws IOException {
    ApiResponse.expect(p, p.currentToken(), JsonToken.START_OBJECT, "the query result object");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("result")) {
        readResult(p);
      } else {
        p.skipChildren();
      }
    }
  }

  private void readResult(JsonParser p) throws IOException {
    ApiResponse.expect(p, p.currentToken(), JsonToken.START_ARRAY, "the result array");
    JsonToken first = p.nextToken();
    if (first == JsonToken.END_ARRAY) {
      return;
    }
    if (first != JsonToken.START_OBJECT) {
      samples.clear();
      samples.add(timeMillis(p), value(p, p.nextToken()));
      ApiResponse.expect(p, p.nextToken(), JsonToken.END_ARRAY, "the end of a scalar result");
      handler.accept(Map.of(), samples);
      return;
    }
    do {
      readSeries(p);
    } while (p.nextToken() == JsonToken.START_OBJECT);
    ApiResponse.expect(p, p.currentToken(), JsonToken.END_ARRAY, "the end of the result array");
  }

  private void readSeries(JsonParser p) throws IOException {
    Map<String, String> labels = Map.of();
    samples.clear();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      switch (field) {
        case "metric" -> labels = labels(p);
        case "values" -> {
          ApiResponse.expect(p, token, JsonToken.START_ARRAY, "an array of samples");
          while (p.nextToken() == JsonToken.START_ARRAY) {
            readPoint(p);
          }
        }
        case "value" -> readPoint(p);
        default -> p.skipChildren();
      }
    }
    handler.accept(labels, samples);
  }

  private static Map<String, String> labels(JsonParser p) throws IOException {
    ApiResponse.expect(p, p.currentToken(), JsonToken.START_OBJECT, "the series' labels");
    Map<String, String> labels = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      ApiResponse.expect(p, p.nextToken(), JsonToken.VALUE_STRING, "a label value");
      labels.put(name, p.getText());
    }
    return labels;
  }

  /** {@code [1435781451.781, "1"]}. */
  private void readPoint(JsonParser p) throws IOException {
    ApiResponse.expect(p, p.currentToken(), JsonToken.START_ARRAY, "a sample [time, \"value\"]");
    p.nextToken();
    long time = timeMillis(p);
    double value = value(p, p.nextToken());
    ApiResponse.expect(
        p, p.nextToken(), JsonToken.END_ARRAY, "the end of a sample [time, \"value\"]");
    samples.add(time, value);
  }

  /**
   * Prometheus writes times as seconds with up to three decimals; read them exactly, as
   * milliseconds.
   */
  private static long timeMillis(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue() * 1000;
    }
    if (token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new MalformedAnswer(
          "expected a sample time but found '" + p.getText() + "' at " + ApiResponse.where(p));
    }
    char[] c = p.getTextCharacters();
    int start = p.getTextOffset();
    int end = start + p.getTextLength();
    long seconds = 0;
    int i = start;
    while (i < end && c[i] >= '0' && c[i] <= '9') {
      seconds = seconds * 10 + (c[i++] - '0');
    }
    if (i == start || i == end || c[i] != '.' || end - i - 1 > 3) {
      return Math.round(p.getDoubleValue() * 1000);
    }
    long millis = 0;
    int digits = 0;
    for (i++; i < end; i++, digits++) {
      if (c[i] < '0' || c[i] > '9') {
        return Math.round(p.getDoubleValue() * 1000);
      }
      millis = millis * 10 + (c[i] - '0');
    }
    for (; digits < 3; digits++) {
      millis *= 10;
    }
    return seconds * 1000 + millis;
  }

  /** Values are strings: {@code "0.25"}, {@code "NaN"}, {@code "+Inf"}, {@code "-Inf"}. */
  private static double value(JsonParser p, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw new MalformedAnswer(
          "expected a sample value as a string but found '"
              + p.getText()
              + "' at "
              + ApiResponse.where(p));
    }
    char[] c = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    if (length > 0 && (c[offset + length - 1] == 'f' || c[offset] == 'N')) {
      return special(new String(c, offset, length), p);
    }
    try {
      return NumberInput.parseDouble(c, offset, length, true);
    } catch (NumberFormatException e) {
      throw new MalformedAnswer(
          "expected a number but found \""
              + new String(c, offset, length)
              + "\" at "
              + ApiResponse.where(p),
          e);
    }
  }

  private static double special(String text, JsonParser p) throws IOException {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default ->
          throw new MalformedAnswer(
              "expected a number but found \"" + text + "\" at " + ApiResponse.where(p));
    };
  }
}
