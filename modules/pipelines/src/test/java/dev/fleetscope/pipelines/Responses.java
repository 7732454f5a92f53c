package dev.fleetscope.pipelines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;

/** Scripted answers for {@link SpecServer}. */
public final class Responses {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Responses() {}

  public static MockResponse json(Object body) {
    return json(200, body);
  }

  public static MockResponse json(int code, Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return new MockResponse.Builder()
          .code(code)
          .setHeader("Content-Type", "application/json")
          .body(text)
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A JSON answer stamped with the server's clock, as real servers send it. */
  public static MockResponse json(Object body, Instant serverTime) {
    return new MockResponse.Builder(json(body)).setHeader("Date", httpDate(serverTime)).build();
  }

  public static MockResponse status(int code, String detail) {
    return json(code, java.util.Map.of("detail", detail));
  }

  public static MockResponse raw(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  public static String httpDate(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
  }

  /** A saved sample from the test resources. */
  public static String resource(String path) {
    try (InputStream in = Responses.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
