package dev.fleetscope.runtime.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A settings file that Jackson could not map, told as where and what ({@code line 3, column 12,
 * sources[0].kind: unknown kind 'pa'; known are log, pair}) instead of Jackson's own sentence,
 * which names Java classes and constructors.
 */
public final class JsonProblems {
  private JsonProblems() {}

  public static IOException explain(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
    String what =
        switch (e) {
          case InvalidTypeIdException t ->
              "unknown kind '" + t.getTypeId() + "'" + knownIds(t.getOriginalMessage());
          case InvalidFormatException f ->
              "'" + f.getValue() + "' is not " + kind(f.getTargetType());
          case UnrecognizedPropertyException u ->
              "unknown field '"
                  + u.getPropertyName()
                  + "'; known are "
                  + u.getKnownPropertyIds().stream()
                      .map(String::valueOf)
                      .sorted()
                      .collect(Collectors.joining(", "));
          case ValueInstantiationException v when v.getCause() != null -> v.getCause().getMessage();
          case MismatchedInputException m -> "expected " + kind(m.getTargetType());
          case JsonParseException p -> "not JSON: " + p.getOriginalMessage();
          default -> e.getOriginalMessage();
        };
    String place =
        String.join(", ", List.of(where, path).stream().filter(s -> !s.isEmpty()).toList());
    return new IOException(place.isEmpty() ? what : place + ": " + what, e);
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Jackson lists the known type ids as {@code known type ids = [log, pair]}. */
  private static String knownIds(String message) {
    int start = message.indexOf("known type ids = [");
    int end = message.indexOf(']', start + 1);
    return start < 0 || end < 0
        ? ""
        : "; known are " + message.substring(start + "known type ids = [".length(), end);
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type.getName().startsWith("java.")) {
      return "text"; // Path, Instant, Duration: written as strings
    }
    return "an object";
  }
}
