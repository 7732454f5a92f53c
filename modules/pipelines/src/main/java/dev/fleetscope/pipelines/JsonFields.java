package dev.fleetscope.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.pipelines.http.SourceException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reading the loosely typed fields of API responses: absent, null and empty all mean "not given".
 * Failures name the context ("Airflow prod: dag run scheduled__2026-11-20 of features") and the
 * field.
 */
public final class JsonFields {
  private JsonFields() {}

  public static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText());
  }

  /** A field the response must have. */
  public static String required(JsonNode node, String field, String context)
      throws SourceException {
    return text(node, field)
        .orElseThrow(() -> new SourceException(context + " has no '" + field + "'"));
  }

  /** An array field, empty when absent; a field of another type is malformed. */
  public static Iterable<JsonNode> array(JsonNode node, String field, String context)
      throws SourceException {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return java.util.List.of();
    }
    if (!value.isArray()) {
      throw new SourceException(
          context + ": '" + field + "' is not an array but " + value.getNodeType());
    }
    return value;
  }

  /**
   * An RFC 3339 time; the zero times some APIs send for "not yet" (Go's {@code
   * 0001-01-01T00:00:00Z}, protobuf's {@code 1970-01-01T00:00:00Z}) count as not given.
   */
  public static Optional<Instant> instant(JsonNode node, String field, String context)
      throws SourceException {
    Optional<String> text = text(node, field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      Instant at = OffsetDateTime.parse(text.get()).toInstant();
      return at.isAfter(Instant.EPOCH) ? Optional.of(at) : Optional.empty();
    } catch (DateTimeParseException e) {
      throw new SourceException(
          context + ": '" + field + "' is not an RFC 3339 time: " + text.get());
    }
  }

  /**
   * A value built from an answer whose own checks refuse it (a run that ends before it starts): the
   * answer's fault, named with its context, not a crash.
   */
  public static <T> T checked(String context, Supplier<T> build) throws SourceException {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new SourceException(context + ": " + e.getMessage(), e);
    }
  }
}
